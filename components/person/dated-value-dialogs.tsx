"use client";

import { useTranslations } from "next-intl";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { changeProviderTypeAction, changeTierAction } from "@/lib/person/actions";
import { PROVIDER_TYPES } from "@/lib/person/schema";
import { PersonDialog, type DialogField } from "./person-dialog";
import { TIERS } from "./tier-label";

export type DatedKind = "tier" | "provider";

/** Where each dated value's form posts and which field it sets (the words are in the "people" catalog, under dated.<kind>). */
const KINDS = {
  tier: { field: "credentialTier", action: changeTierAction },
  provider: { field: "providerType", action: changeProviderTypeAction },
} as const;

function Fields({ kind, field, from, value, today }: { kind: DatedKind; field: DialogField; from: string; value: string; today: string }) {
  const t = useTranslations("people");
  // The values it can take: a tier (named in the catalog), or a provider type ("": not a provider).
  const options: (readonly [string, string])[] = kind === "tier" ? TIERS.map((tier) => [tier, t(`tier.${tier}`)] as const) : [["", t("dated.notProvider")], ...PROVIDER_TYPES.map((type) => [type, type] as const)];
  return (
    <>
      <TextField {...field("from")} label={t("dated.inForceFrom")} type="date" required max={today} defaultValue={from} hint={t("dated.inForceFromHint")} />
      <SelectField {...field(KINDS[kind].field)} label={t(`dated.${kind}.title`)} required={kind === "tier"} defaultValue={value}>
        {options.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </SelectField>
      <TextAreaField {...field("reason")} label={t("dated.reasonOptional")} maxLength={1000} />
    </>
  );
}

/** "Change from a date": a new version from that date; the time before it keeps its value. */
export function ChangeDatedDialog({ kind, personId, personVersion, value, today }: { kind: DatedKind; personId: string; personVersion: number; value: string; today: string }) {
  const t = useTranslations("people");
  return (
    <PersonDialog
      action={KINDS[kind].action}
      scope={`change-${kind}`}
      label={t("dated.change")}
      subject={t(`dated.${kind}.changeSubject`)}
      title={t(`dated.${kind}.changeTitle`)}
      submitLabel={t("dated.saveChange")}
      hidden={{ personId, version: personVersion }}
    >
      {(field) => <Fields kind={kind} field={field} from={today} value={value} today={today} />}
    </PersonDialog>
  );
}

/** "Correct version N": replaces that version as a whole (it was entered wrong). Offered while no correction replaced it. */
export function CorrectDatedDialog({ kind, personId, personVersion, version, standing, from, value, today }: { kind: DatedKind; personId: string; personVersion: number; version: number; standing: boolean; from: string; value: string; today: string }) {
  const t = useTranslations("people");
  return (
    <PersonDialog
      available={standing}
      action={KINDS[kind].action}
      scope={`correct-${kind}-${version}`}
      label={t("dated.correct", { version })}
      subject={t(`dated.${kind}.correctSubject`)}
      title={t(`dated.${kind}.correctTitle`, { version })}
      submitLabel={t("dated.saveCorrection")}
      hidden={{ personId, version: personVersion, corrects: version }}
    >
      {(field) => (
        <>
          <p className="text-sm text-muted">{t("dated.correctionNote", { version })}</p>
          <Fields kind={kind} field={field} from={from} value={value} today={today} />
        </>
      )}
    </PersonDialog>
  );
}
