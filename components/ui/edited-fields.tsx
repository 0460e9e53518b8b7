"use client";

import { createContext, useCallback, useContext, useMemo, useState } from "react";
import type { ActionState } from "@/lib/auth/action-client";

type EditedFields = { isEdited: (field: string) => boolean; markEdited: (field: string) => void };

const EditedFieldsContext = createContext<EditedFields | null>(null);
const NONE: ReadonlySet<string> = new Set();

/**
 * Which fields the person changed since the form's last answer arrived. An error is about the value
 * that was submitted: once the field changes, its message no longer describes it, so it goes. The
 * record resets when the next answer arrives (`pending` turns false), which brings fresh messages.
 */
export function useEditedFieldsTracker(pending: boolean): EditedFields {
  const [edited, setEdited] = useState(NONE);
  const [wasPending, setWasPending] = useState(pending);
  // Adjusted while rendering, so the answer's messages show in the same paint as the answer.
  if (pending !== wasPending) {
    setWasPending(pending);
    if (!pending) setEdited(NONE);
  }
  const markEdited = useCallback((field: string) => setEdited((current) => (current.has(field) ? current : new Set(current).add(field))), []);
  const isEdited = useCallback((field: string) => edited.has(field), [edited]);
  return useMemo(() => ({ isEdited, markEdited }), [isEdited, markEdited]);
}

export const EditedFieldsProvider = EditedFieldsContext.Provider;

/** A field's error as it should show now: none once the field changed after the answer. */
export function useFieldError(field: string, error: string | undefined): { error: string | undefined; markEdited: () => void } {
  const tracker = useContext(EditedFieldsContext);
  const markEdited = useCallback(() => tracker?.markEdited(field), [tracker, field]);
  return { error: error && !tracker?.isEdited(field) ? error : undefined, markEdited };
}

/**
 * For a control that renders its own error (it takes an `error` prop): hands it the error to show
 * now, and a way to say the field changed when its inputs are not named after it.
 */
export function FieldErrorNow({ field, error, children }: { field: string; error: string | undefined; children: (error: string | undefined, markEdited: () => void) => React.ReactNode }) {
  const shown = useFieldError(field, error);
  return children(shown.error, shown.markEdited);
}

/**
 * Whether a refused submission's message still applies: an answer whose every field error has been
 * edited since is resolved as far as the form can tell, so its summary goes with them. An answer
 * with no field errors (stale, unavailable) stays until the next one.
 */
export function useStillApplies(state: ActionState<unknown>): boolean {
  const tracker = useContext(EditedFieldsContext);
  if (state.status !== "error" || !tracker) return true;
  const fields = Object.keys(state.fieldErrors ?? {});
  return fields.length === 0 || !fields.every((field) => tracker.isEdited(field));
}
