"use client";

import { createContext, useContext, useTransition, type ComponentProps } from "react";
import { useFormStatus } from "react-dom";

const PendingContext = createContext<boolean | null>(null);

/**
 * A form that submits to a server action and keeps everything the person entered, files included,
 * when the action answers with an error. (A plain `<form action>` is reset by React after every
 * submission, so a refused save would wipe the form.)
 */
export function ActionForm({ action, children, ...props }: { action: (payload: FormData) => void } & Omit<ComponentProps<"form">, "action" | "onSubmit">) {
  const [pending, startTransition] = useTransition();
  return (
    <PendingContext value={pending}>
      <form
        {...props}
        onSubmit={(event) => {
          event.preventDefault();
          if (pending) return;
          const payload = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
          startTransition(() => action(payload));
        }}
      >
        {children}
      </form>
    </PendingContext>
  );
}

/** Whether the enclosing form is being submitted, for either kind of form. */
export function useSubmitting(): boolean {
  const fromActionForm = useContext(PendingContext);
  const { pending } = useFormStatus();
  return fromActionForm ?? pending;
}
