"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Alert } from "@/components/ui/alert";
import { IDLE_STATE } from "@/components/ui/action-state";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action-client";
import { verifyAuditHeadAction } from "@/lib/audit/actions";
import type { HeadReport } from "@/lib/audit/head";

// A statement is a few hundred bytes; anything much larger is the wrong file.
const MAX_FILE_BYTES = 64 * 1024;

/**
 * Checks the trail against a head statement saved earlier. The file is read in the browser into the
 * text box, so what is checked is visible and a pasted copy works the same way.
 */
export function HeadCheckForm() {
  const t = useTranslations("audit.head");
  const [state, formAction] = useActionState(verifyAuditHeadAction, IDLE_STATE as ActionState<HeadReport>);
  const [statement, setStatement] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);
  const report = state.status === "success" ? state.data : undefined;
  const error = fileError ?? (state.status === "error" ? (state.fieldErrors?.statement ?? state.message) : undefined);
  return (
    <ActionForm action={formAction} className="space-y-3">
      <div className="space-y-1">
        <label htmlFor="statement-file" className="block text-sm font-medium">
          {t("fileLabel")}
        </label>
        <input
          id="statement-file"
          type="file"
          accept="application/json,.json"
          className="block w-full text-sm file:mr-3 file:min-h-11 file:rounded-md file:border-0 file:bg-brand-50 file:px-4 file:font-semibold file:text-brand-800"
          onChange={async (event) => {
            const file = event.currentTarget.files?.[0];
            if (!file) return;
            if (file.size > MAX_FILE_BYTES) {
              setFileError(t("tooLarge"));
              return;
            }
            setFileError(null);
            setStatement(await file.text());
          }}
        />
      </div>
      <TextAreaField label={t("paste")} name="statement" rows={8} value={statement} onChange={(event) => setStatement(event.currentTarget.value)} error={error} spellCheck={false} />
      <SubmitButton pendingLabel={t("checking")}>{t("submit")}</SubmitButton>
      {report ? (
        <Alert tone={report.matches ? "success" : "error"} title={report.title}>
          {report.detail}
        </Alert>
      ) : null}
    </ActionForm>
  );
}
