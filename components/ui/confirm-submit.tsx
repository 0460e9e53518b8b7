"use client";

import { useTranslations } from "next-intl";
import { useId, useRef } from "react";
import { useFormStatus } from "react-dom";
import { buttonClass } from "./button";

/**
 * A submit button that first asks for confirmation in a modal dialog (keyboard accessible, Escape
 * cancels). Placed inside the form it submits.
 */
export function ConfirmSubmit({
  label,
  title,
  body,
  confirmLabel,
  variant = "danger",
}: {
  label: string;
  title: string;
  body: React.ReactNode;
  confirmLabel: string;
  variant?: "danger" | "primary" | "secondary";
}) {
  const t = useTranslations("common");
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { pending } = useFormStatus();
  return (
    <>
      <button type="button" disabled={pending} className={buttonClass(variant)} onClick={() => dialog.current?.showModal()}>
        {pending ? t("working") : label}
      </button>
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto w-[min(28rem,calc(100%-2rem))] rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40">
        <div className="space-y-3 p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          <div className="text-sm text-muted">{body}</div>
          <div className="flex justify-end gap-2 pt-2">
            <button type="button" className={buttonClass("secondary")} onClick={() => dialog.current?.close()}>
              {t("cancel")}
            </button>
            <button type="submit" className={buttonClass(variant)} onClick={() => dialog.current?.close()}>
              {confirmLabel}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
