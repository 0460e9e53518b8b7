"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Alert } from "@/components/ui/alert";
import { IDLE_STATE } from "@/components/ui/action-state";
import { buttonClass } from "@/components/ui/button";
import { Choice, ChoiceGroup, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { createTokenAction } from "@/lib/token/actions";
import { SCOPES, type Scope } from "@/lib/token/scope";
import { DEFAULT_LIFETIME_DAYS, MAX_LIFETIME_DAYS } from "@/lib/token/status";

type Location = { id: string; name: string };

/** Each scope's words in the catalog (scope names themselves are code, shown as they are). */
const SCOPE_KEYS = { "clearances:read": "clearances", "who-can:read": "whoCan", "records:export": "records" } as const satisfies Record<Scope, string>;

export function CreateTokenForm({ locations }: { locations: Location[] }) {
  const t = useTranslations("admin.createToken");
  const [state, formAction] = useActionState(createTokenAction, IDLE_STATE);
  // The secret stays on screen until the admin says they have it; the next token then starts blank.
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (state.status === "success" && state.data && state.data.secret !== dismissed) {
    const { secret } = state.data;
    return <NewSecret secret={secret} onDone={() => setDismissed(secret)} />;
  }
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const chosen = (key: string) => new Set(values[key]?.split("\n") ?? []);
  return (
    <ActionForm action={formAction} className="space-y-5" noValidate>
      {state.status === "error" ? <Alert tone="error" title={state.message} /> : null}
      <TextField label={t("name")} name="name" required maxLength={100} defaultValue={values.name} error={errors.name} hint={t("nameHint")} autoComplete="off" />
      <ChoiceGroup legend={t("scopes")} name="scopes" error={errors.scopes} hint={t("scopesHint")}>
        {SCOPES.map((s) => (
          <Choice key={s} name="scopes" value={s} label={t("scope", { scope: s, label: t(`scopeLabels.${SCOPE_KEYS[s]}`) })} defaultChecked={chosen("scopes").has(s)} />
        ))}
      </ChoiceGroup>
      <ChoiceGroup legend={t("locations")} name="locationIds" error={errors.locationIds} hint={t("locationsHint")}>
        {locations.map((l) => (
          <Choice key={l.id} name="locationIds" value={l.id} label={l.name} defaultChecked={chosen("locationIds").has(l.id)} />
        ))}
      </ChoiceGroup>
      <TextField
        label={t("expires")}
        name="expiresInDays"
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_LIFETIME_DAYS}
        required
        defaultValue={values.expiresInDays ?? String(DEFAULT_LIFETIME_DAYS)}
        error={errors.expiresInDays}
        hint={t("expiresHint", { max: MAX_LIFETIME_DAYS })}
      />
      <SubmitButton pendingLabel={t("creating")}>{t("submit")}</SubmitButton>
    </ActionForm>
  );
}

function NewSecret({ secret, onDone }: { secret: string; onDone: () => void }) {
  const t = useTranslations("admin.createToken");
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-4">
      <Alert tone="success" title={t("created")}>
        <p className="font-semibold">{t("copyNow")}</p>
        <p className="mt-2">
          <label htmlFor="new-token" className="sr-only">
            {t("newToken")}
          </label>
          <input id="new-token" readOnly value={secret} className="w-full rounded border border-slate-300 bg-white px-2 py-1.5 font-mono text-sm" onFocus={(e) => e.currentTarget.select()} />
        </p>
      </Alert>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          className={buttonClass("primary")}
          onClick={async () => {
            await navigator.clipboard.writeText(secret);
            setCopied(true);
          }}
        >
          {t("copy")}
        </button>
        <button type="button" className={buttonClass("secondary")} onClick={onDone}>
          {t("done")}
        </button>
      </div>
      <p role="status" className="text-sm text-muted">
        {copied ? t("copied") : ""}
      </p>
    </div>
  );
}
