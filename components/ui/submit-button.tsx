"use client";

import { useTranslations } from "next-intl";
import { useSubmitting } from "./action-form";
import { buttonClass } from "./button";
import { Spinner } from "./spinner";

/**
 * A submit button that shows progress and cannot be pressed twice while its form is submitting.
 * The progress is announced too: a changed button label alone is not read out.
 */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  className = "",
}: {
  children: React.ReactNode;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  className?: string;
}) {
  const t = useTranslations("common");
  const pending = useSubmitting();
  const pendingText = pendingLabel ?? t("saving");
  return (
    <>
      {/* Before the button, so that in a spaced stack the button stays the last box. */}
      <span role="status" className="sr-only">
        {pending ? pendingText : ""}
      </span>
      <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass(variant, className)}>
        {pending ? <Spinner /> : null}
        {pending ? pendingText : children}
      </button>
    </>
  );
}
