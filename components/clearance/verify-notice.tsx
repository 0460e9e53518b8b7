/** Shown wherever a state rule is: Cleared records rules, it does not give legal advice. */
export function VerifyNotice() {
  return (
    <p className="rounded-md border border-slate-200 bg-slate-50 p-3 text-xs text-muted">
      State rules in Cleared are entered by your organization (the demo rules are examples with citations). They are not legal advice and may be out
      of date: verify with your state medical board and the AAMA state scope-of-practice resource.
    </p>
  );
}
