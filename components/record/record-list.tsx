import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { shownDay } from "@/components/person/local-moment";
import { Badge, EmptyState } from "@/components/ui/card";
import { certificationLabelIn } from "@/lib/person/credentials";
import type { RecordView } from "@/lib/record/data";
import { methodText } from "./method-label";
import { daysBetween } from "@/lib/time/calendar";

const KIND_TONES = { training: "blue", competency: "green", certification: "neutral" } as const;

export function EvidenceLinks({ files }: { files: RecordView["evidence"] }) {
  const t = useTranslations("people");
  if (files.length === 0) return null;
  return (
    <ul className="mt-1 flex flex-wrap gap-x-3 text-sm">
      {files.map((f) => (
        <li key={f.id}>
          <a href={`/api/evidence/${f.id}`} className="text-brand-800 underline" download>
            {f.fileName}
          </a>{" "}
          <span className="text-xs text-muted">{t("record.size", { size: Math.max(1, Math.round(f.sizeBytes / 1024)) })}</span>
        </li>
      ))}
    </ul>
  );
}

/** A person's training, competency and certification records: the current version of each. */
export function RecordList({ records, personId, today }: { records: (RecordView & { versions: number })[]; personId: string; today: string }) {
  const t = useTranslations("people");
  const locale = useLocale();
  const day = (date: string) => shownDay(date, locale);
  if (records.length === 0) return <EmptyState title={t("record.none")} />;
  return (
    <ul className="divide-y divide-slate-100">
      {records.map((r) => {
        const withdrawn = r.withdrawnFrom !== null;
        const expired = r.expiresOn !== null && r.expiresOn <= today;
        const soon = !expired && r.expiresOn !== null && daysBetween(today, r.expiresOn) <= 30;
        const unsigned = r.kind === "competency" && !r.validatedBy;
        return (
          <li key={r.lineageId} className="py-3">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={KIND_TONES[r.kind]}>{t(`record.kind.${r.kind}`)}</Badge>
              <Link href={`/people/${personId}/records/${r.lineageId}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                {r.title}
              </Link>
              {r.withdrawnFrom !== null ? <Badge>{t("record.withdrawnFrom", { date: day(r.withdrawnFrom) })}</Badge> : expired ? <Badge tone="red">{t("record.expired")}</Badge> : soon ? <Badge tone="amber">{t("record.expiresSoon")}</Badge> : null}
              {unsigned && !withdrawn ? <Badge tone="amber">{t("record.awaiting")}</Badge> : null}
              {r.versions > 1 ? <span className="text-xs text-muted">{t("record.versionOf", { version: r.version, versions: r.versions })}</span> : null}
            </div>
            <p className="text-sm text-muted">
              {r.kind === "competency" ? t("record.validated", { date: day(r.completedOn) }) : t("record.completed", { date: day(r.completedOn) })}
              {r.expiresOn ? (expired ? t("record.expiredOn", { date: day(r.expiresOn) }) : t("record.expiresOn", { date: day(r.expiresOn) })) : ""}
              {r.hours ? t("record.hours", { hours: r.hours }) : ""}
              {r.procedureCount ? t("record.procedures", { count: r.procedureCount }) : ""}
              {r.certificationType ? ` · ${certificationLabelIn(r.certificationType, locale)}` : ""}
              {r.tasks.length ? ` · ${r.tasks.map((t) => t.name).join(", ")}` : ""}
            </p>
            {r.validatedBy ? (
              <p className="text-sm text-muted">
                {r.validationMethod ? t("record.signedOffByHow", { name: r.validatedBy, method: methodText(t, r.validationMethod) }) : t("record.signedOffBy", { name: r.validatedBy })}
              </p>
            ) : null}
            <EvidenceLinks files={r.evidence} />
          </li>
        );
      })}
    </ul>
  );
}
