"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef } from "react";
import type { ActionState } from "@/lib/auth/action-client";
import { ActionMessage } from "./action-message";
import { IDLE_STATE } from "./action-state";
import { buttonClass } from "./button";
import { SubmitButton } from "./submit-button";
import { ActionForm } from "./action-form";
import { FieldIdScope } from "./field";

/**
 * A button that opens a modal form (keyboard accessible; Escape cancels). For changes that need a
 * confirmation and a few fields, such as a reason. Closes itself when the action succeeds. Its
 * fields' ids are its own, so a page may hold one per row (labels still point at their input).
 */
export function DialogForm<T>({
  action,
  label,
  subject,
  title,
  submitLabel,
  variant = "secondary",
  triggerVariant = variant,
  hidden,
  children,
}: {
  action: (state: ActionState<T> | undefined, payload: FormData) => Promise<ActionState<T>>;
  label: string;
  /** What the button acts on, for screen readers when several such buttons share a page. */
  subject?: string;
  title: string;
  submitLabel: string;
  variant?: "primary" | "secondary" | "danger";
  /** The opening button's look, when it should be quieter than the change it leads to (a retirement). */
  triggerVariant?: "primary" | "secondary" | "danger";
  hidden: Record<string, string | number>;
  children: React.ReactNode;
}) {
  const t = useTranslations("common");
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const titleId = useId();
  const [state, formAction] = useActionState(action, IDLE_STATE as ActionState<T>);
  useEffect(() => {
    if (state.status !== "success") return;
    dialog.current?.close();
    form.current?.reset();
  }, [state]);
  return (
    <>
      <button type="button" className={buttonClass(triggerVariant, "min-h-9 px-3 py-1 text-xs")} onClick={() => dialog.current?.showModal()}>
        {label}
        {subject ? <span className="sr-only"> {subject}</span> : null}
      </button>
      {state.status === "success" ? <ActionMessage state={state} /> : null}
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto w-[min(30rem,calc(100%-2rem))] rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40">
        <ActionForm ref={form} action={formAction} className="space-y-4 p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          {Object.entries(hidden).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {state.status === "error" ? <ActionMessage state={state} /> : null}
          <FieldIdScope value={titleId}>{children}</FieldIdScope>
          <div className="flex justify-end gap-2">
            <button type="button" className={buttonClass("secondary")} onClick={() => dialog.current?.close()}>
              {t("cancel")}
            </button>
            <SubmitButton variant={variant === "secondary" ? "primary" : variant}>{submitLabel}</SubmitButton>
          </div>
        </ActionForm>
      </dialog>
    </>
  );
}
