import { useTranslations } from "next-intl";

const LINK = { className: "underline", target: "_blank", rel: "noopener noreferrer" } as const;

/** Shown wherever a state rule is: Cleared records rules, it does not give legal advice. */
export function VerifyNotice() {
  const t = useTranslations("common");
  return (
    <p className="rounded-md border border-slate-200 bg-slate-50 p-3 text-xs text-muted">
      {t.rich("verifyNotice", {
        fsmb: (chunks) => (
          <a href="https://www.fsmb.org/contact-a-state-medical-board/" {...LINK}>
            {chunks}
          </a>
        ),
        aama: (chunks) => (
          <a href="https://www.aama-ntl.org/employers/state-scope-of-practice-laws" {...LINK}>
            {chunks}
          </a>
        ),
      })}
    </p>
  );
}
