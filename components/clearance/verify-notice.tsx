/** Shown wherever a state rule is: Cleared records rules, it does not give legal advice. */
export function VerifyNotice() {
  return (
    <p className="rounded-md border border-slate-200 bg-slate-50 p-3 text-xs text-muted">
      State rules in Cleared are entered by your organization (the demo rules are examples with citations). They are not legal advice and may be out
      of date: verify with your state medical board (find it in the{" "}
      <a href="https://www.fsmb.org/contact-a-state-medical-board/" className="underline" target="_blank" rel="noopener noreferrer">
        FSMB directory of state medical boards
      </a>
      ) and the{" "}
      <a href="https://www.aama-ntl.org/employers/state-scope-of-practice-laws" className="underline" target="_blank" rel="noopener noreferrer">
        AAMA state scope-of-practice resource
      </a>
      .
    </p>
  );
}
