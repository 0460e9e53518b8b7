"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { buttonClass } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action-client";

/** What a field inside the dialog spreads onto a TextField or SelectField: its scoped name and its server message. */
export type DialogField = (name: string) => { name: string; error?: string };

/**
 * A button opening a modal form, like `DialogForm`, for a page that holds many of them (one set per
 * employment period, per version): the fields get the server's message next to them, and their
 * names (hence ids) are prefixed with `scope` so no two dialogs on the page share an id. The prefix
 * is taken off before the action sees the form. With `available` false only the last success
 * message shows: the change it made may have taken the button away ("End employment" on a period
 * now ended), and the message must stay to say what happened.
 */
export function PersonDialog<T>({
  action,
  scope,
  label,
  subject,
  title,
  submitLabel,
  variant = "secondary",
  hidden,
  available = true,
  children,
}: {
  action: (state: ActionState<T> | undefined, payload: FormData) => Promise<ActionState<T>>;
  /** Unique on the page, e.g. `end-${lineageId}`. */
  scope: string;
  label: string;
  /** What the button acts on, for screen readers when several such buttons share a page. */
  subject?: string;
  title: string;
  submitLabel: string;
  variant?: "primary" | "secondary" | "danger";
  hidden: Record<string, string | number>;
  available?: boolean;
  children: (field: DialogField) => React.ReactNode;
}) {
  const t = useTranslations("people");
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const titleId = useId();
  const prefix = `${scope}-`;
  const [state, formAction] = useActionState(action, IDLE_STATE as ActionState<T>);
  useEffect(() => {
    if (state.status !== "success") return;
    dialog.current?.close();
    form.current?.reset();
  }, [state]);
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const field: DialogField = (name) => ({ name: `${prefix}${name}`, error: errors[name] });
  const submit = (payload: FormData) => {
    const unscoped = new FormData();
    for (const [key, value] of payload.entries()) unscoped.append(key.startsWith(prefix) ? key.slice(prefix.length) : key, value);
    formAction(unscoped);
  };
  const message = state.status === "success" ? <ActionMessage state={state} /> : null;
  if (!available) return message;
  return (
    <>
      <button type="button" className={buttonClass(variant, "min-h-9 px-3 py-1 text-xs")} onClick={() => dialog.current?.showModal()}>
        {label}
        {subject ? <span className="sr-only"> {subject}</span> : null}
      </button>
      {message}
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto w-[min(30rem,calc(100%-2rem))] rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40">
        <ActionForm ref={form} action={submit} className="space-y-4 p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          {Object.entries(hidden).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {state.status === "error" ? <ActionMessage state={state} /> : null}
          {children(field)}
          <div className="flex justify-end gap-2">
            <button type="button" className={buttonClass("secondary")} onClick={() => dialog.current?.close()}>
              {t("dialog.cancel")}
            </button>
            <SubmitButton variant={variant === "secondary" ? "primary" : variant}>{submitLabel}</SubmitButton>
          </div>
        </ActionForm>
      </dialog>
    </>
  );
}
