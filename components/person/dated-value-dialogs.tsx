"use client";

import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { changeProviderTypeAction, changeTierAction } from "@/lib/person/actions";
import { CREDENTIAL_TIER_LABELS } from "@/lib/person/credentials";
import { PROVIDER_TYPES } from "@/lib/person/schema";
import { PersonDialog, type DialogField } from "./person-dialog";

export type DatedKind = "tier" | "provider";

type Option = readonly [value: string, label: string];

/** What each dated value is called, where its form posts, and the values it can take ("": not a provider). */
const KINDS = {
  tier: { field: "credentialTier", noun: "credential tier", action: changeTierAction, options: Object.entries(CREDENTIAL_TIER_LABELS) as Option[] },
  provider: { field: "providerType", noun: "provider type", action: changeProviderTypeAction, options: [["", "Not a provider"], ...PROVIDER_TYPES.map((t): Option => [t, t])] as Option[] },
} as const;

function Fields({ kind, field, from, value, today }: { kind: DatedKind; field: DialogField; from: string; value: string; today: string }) {
  const k = KINDS[kind];
  return (
    <>
      <TextField {...field("from")} label="In force from" type="date" required max={today} defaultValue={from} hint="Today or earlier: changes are recorded once they apply." />
      <SelectField {...field(k.field)} label={kind === "tier" ? "Credential tier" : "Provider type"} required={kind === "tier"} defaultValue={value}>
        {k.options.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </SelectField>
      <TextAreaField {...field("reason")} label="Reason (optional)" maxLength={1000} />
    </>
  );
}

/** "Change from a date": a new version from that date; the time before it keeps its value. */
export function ChangeDatedDialog({ kind, personId, personVersion, value, today }: { kind: DatedKind; personId: string; personVersion: number; value: string; today: string }) {
  const k = KINDS[kind];
  return (
    <PersonDialog action={k.action} scope={`change-${kind}`} label="Change from a date" subject={`for the ${k.noun}`} title={`Change the ${k.noun} from a date`} submitLabel="Save change" hidden={{ personId, version: personVersion }}>
      {(field) => <Fields kind={kind} field={field} from={today} value={value} today={today} />}
    </PersonDialog>
  );
}

/** "Correct version N": replaces that version as a whole (it was entered wrong). Offered while no correction replaced it. */
export function CorrectDatedDialog({ kind, personId, personVersion, version, standing, from, value, today }: { kind: DatedKind; personId: string; personVersion: number; version: number; standing: boolean; from: string; value: string; today: string }) {
  const k = KINDS[kind];
  return (
    <PersonDialog
      available={standing}
      action={k.action}
      scope={`correct-${kind}-${version}`}
      label={`Correct version ${version}`}
      subject={`of the ${k.noun}`}
      title={`Correct version ${version} of the ${k.noun}`}
      submitLabel="Save correction"
      hidden={{ personId, version: personVersion, corrects: version }}
    >
      {(field) => (
        <>
          <p className="text-sm text-muted">The correction replaces version {version} for every moment it covered; answers already given stay in the decision log.</p>
          <Fields kind={kind} field={field} from={from} value={value} today={today} />
        </>
      )}
    </PersonDialog>
  );
}
