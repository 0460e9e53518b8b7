"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { Choice, ChoiceGroup } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveSsoSettingsAction } from "@/lib/organization/actions";

type Settings = { ssoCreatesUsers: boolean; ssoOnly: boolean };

/** The two switches; the values shown travel with the form so a change made meanwhile is not overwritten. */
export function SsoSettingsForm({ settings, configured }: { settings: Settings; configured: boolean }) {
  const [state, formAction] = useActionState(saveSsoSettingsAction, IDLE_STATE);
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  return (
    <ActionForm action={formAction} className="space-y-5" noValidate>
      <ActionMessage state={state} />
      <input type="hidden" name="seenCreatesUsers" value={String(settings.ssoCreatesUsers)} />
      <input type="hidden" name="seenSsoOnly" value={String(settings.ssoOnly)} />
      <ChoiceGroup legend="First single sign-on" name="ssoCreatesUsers" error={errors.ssoCreatesUsers} hint="Off: someone the identity provider vouches for but who has no Cleared account is refused. On: they get an account as a medical assistant with no locations (a manager then adds where they work); no other role is ever given this way.">
        <Choice name="ssoCreatesUsers" label="Create users on first single sign-on (as medical assistant)" defaultChecked={settings.ssoCreatesUsers} />
      </ChoiceGroup>
      <ChoiceGroup
        legend="Passwords"
        name="ssoOnly"
        error={errors.ssoOnly}
        hint={configured ? "On: only admins may sign in with a password (so that an identity provider outage cannot lock the organization out); everyone else uses single sign-on." : "Single sign-on is not configured, so it cannot be the only way to sign in."}
      >
        <Choice name="ssoOnly" label="Single sign-on only" defaultChecked={settings.ssoOnly} />
      </ChoiceGroup>
      <SubmitButton>Save sign-in settings</SubmitButton>
    </ActionForm>
  );
}
