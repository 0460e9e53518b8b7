import { useTranslations } from "next-intl";

/** Recovery codes, shown once right after they are made. */
export function RecoveryCodeList({ codes }: { codes: readonly string[] }) {
  const t = useTranslations("signIn");
  return (
    <div className="space-y-3">
      <p className="text-sm">{t.rich("setup.recoveryIntro", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <ul aria-label={t("setup.recoveryCodes")} className="grid grid-cols-2 gap-2 rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-sm">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </div>
  );
}
