import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import type { ChainCheck } from "@/lib/audit/chain";

/**
 * The result of walking the chain from genesis (when asked for), and the head export. A break is
 * worded here from its code, in the viewer's language (describeBreak words it in English for the
 * API and the command line).
 */
export function ChainVerification({ check }: { check: ChainCheck | null }) {
  const t = useTranslations("audit.chain");
  return (
    <div className="space-y-3">
      {check ? (
        check.firstBreak ? (
          <Alert tone="error" title={t("broken", { seq: check.firstBreak.seq })}>
            {t(`breaks.${check.firstBreak.reason}`, { seq: check.firstBreak.seq })} {t("brokenDetail", { count: check.count })}
          </Alert>
        ) : (
          <Alert tone="success" title={t("intact", { count: check.count })}>
            {t.rich("headHash", {
              hash: check.headHash,
              code: (chunks) => <code className="break-all font-mono text-xs">{chunks}</code>,
              hasSeq: check.headSeq ? "yes" : "no",
              seq: check.headSeq ?? "",
            })}
          </Alert>
        )
      ) : (
        <p className="text-sm text-muted">{t("idle")}</p>
      )}
      <p className="text-sm text-muted">{t("keepHead")}</p>
      <div className="flex flex-wrap gap-2">
        <form action="/audit">
          <input type="hidden" name="verify" value="1" />
          <button type="submit" className={buttonClass("primary")}>
            {t("verify")}
          </button>
        </form>
        {check?.firstBreak ? null : (
          <a href="/api/audit/head" download className={buttonClass("secondary")}>
            {t("exportHead")}
          </a>
        )}
      </div>
    </div>
  );
}
