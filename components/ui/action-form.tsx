"use client";

import { createContext, useContext, useState, useTransition, type ComponentProps } from "react";
import { useFormStatus } from "react-dom";
import { bodyTooLarge, bodyTooLargeMessage } from "@/lib/http/body-limit";
import { Alert } from "./alert";
import { EditedFieldsProvider, useEditedFieldsTracker } from "./edited-fields";

const PendingContext = createContext<boolean | null>(null);

/**
 * A form that submits to a server action and keeps everything the person entered, files included,
 * when the action answers with an error. (A plain `<form action>` is reset by React after every
 * submission, so a refused save would wipe the form.) Files too large to send together are
 * refused here with a message, since the server could only refuse the whole request. A field's
 * error goes as soon as the field changes (see edited-fields.tsx); the form is marked busy while
 * it is submitted.
 */
export function ActionForm({ action, children, onChange, ...props }: { action: (payload: FormData) => void } & Omit<ComponentProps<"form">, "action" | "onSubmit">) {
  const [pending, startTransition] = useTransition();
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const edited = useEditedFieldsTracker(pending);
  return (
    <PendingContext value={pending}>
      <EditedFieldsProvider value={edited}>
        <form
          {...props}
          aria-busy={pending || undefined}
          onChange={(event) => {
            const name = (event.target as Partial<HTMLInputElement>).name;
            if (name) edited.markEdited(name);
            onChange?.(event);
          }}
          onSubmit={(event) => {
            event.preventDefault();
            if (pending) return;
            const payload = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
            const bytes = [...payload.values()].reduce((sum, value) => sum + (typeof value === "string" ? value.length : value.size), 0);
            setTooLarge(bodyTooLarge(bytes) ? bodyTooLargeMessage(bytes) : null);
            if (!bodyTooLarge(bytes)) startTransition(() => action(payload));
          }}
        >
          {tooLarge ? <Alert tone="error" title={tooLarge} /> : null}
          {children}
        </form>
      </EditedFieldsProvider>
    </PendingContext>
  );
}

/** Whether the enclosing form is being submitted, for either kind of form. */
export function useSubmitting(): boolean {
  const fromActionForm = useContext(PendingContext);
  const { pending } = useFormStatus();
  return fromActionForm ?? pending;
}
