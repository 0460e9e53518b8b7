import { useLocale, useTranslations } from "next-intl";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import type { DatedValue } from "@/lib/person/data";
import { ChangeDatedDialog, CorrectDatedDialog, type DatedKind } from "./dated-value-dialogs";
import { localMoment, shownDay } from "./local-moment";
import { tierText } from "./tier-label";

/**
 * A dated value of a person (credential tier, provider type): the value in force today and every
 * version, newest first. Decisions read the versions, so an answer about any moment uses the value
 * in force then. `edit`: the person's version, when the actor may change it.
 */
export function DatedValueCard({
  kind,
  versions,
  personId,
  edit,
  today,
  timeZone,
}: {
  kind: DatedKind;
  versions: DatedValue<string | null>[];
  personId: string;
  edit: { personVersion: number } | null;
  today: string;
  timeZone: string;
}) {
  const t = useTranslations("people");
  const locale = useLocale();
  // A tier is named in the reader's language; a provider type is a credential's own abbreviation.
  const label = (value: string | null) => (kind === "tier" ? tierText(t, value ?? "none") : (value ?? t("dated.notProvider")));
  const inForce = versions.find((v) => v.inForce);
  return (
    <Card
      title={t(`dated.${kind}.title`)}
      actions={edit ? <ChangeDatedDialog kind={kind} personId={personId} personVersion={edit.personVersion} value={inForce?.value ?? (kind === "tier" ? "none" : "")} today={today} /> : null}
    >
      <p className="mb-2 text-sm">{t.rich("dated.inForceToday", { label: inForce ? label(inForce.value) : label(null), value: (chunks) => <span className="font-semibold">{chunks}</span> })}</p>
      {versions.length === 0 ? (
        <EmptyState title={t("dated.nothing")} />
      ) : (
        <ol className="divide-y divide-slate-100" aria-label={t(`dated.${kind}.versions`)}>
          {versions.map((v) => (
            <li key={v.version} className="flex flex-wrap items-start justify-between gap-2 py-2 text-sm">
              <div className="min-w-0">
                <p className="font-medium">
                  {t("dated.version", { version: v.version, label: label(v.value) })} {v.inForce ? <Badge tone="green">{t("dated.inForceBadge")}</Badge> : null} {v.standing ? null : <Badge>{t("dated.corrected")}</Badge>}
                </p>
                <p className="text-muted">
                  {t("dated.from", { from: shownDay(v.from, locale), at: localMoment(v.recordedAt, timeZone, locale) })}
                  {v.supersedes !== null ? t("dated.corrects", { version: v.supersedes }) : ""}
                  {v.reason ? ` · ${v.reason}` : ""}
                </p>
              </div>
              {edit ? <CorrectDatedDialog kind={kind} personId={personId} personVersion={edit.personVersion} version={v.version} standing={v.standing} from={v.from} value={v.value ?? ""} today={today} /> : null}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
