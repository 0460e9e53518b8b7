"use client";

import { useTranslations } from "next-intl";
import { createContext, useContext, type ComponentProps } from "react";
import { useFieldError } from "./edited-fields";

const CONTROL = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-ink shadow-sm placeholder:text-slate-400 aria-[invalid=true]:border-red-600 sm:text-sm";

type FieldFrame = { label: string; name: string; error?: string; hint?: string; required?: boolean };

/**
 * A prefix for the ids of the fields inside, where one form is repeated on a page (a dialog per
 * row): without it every copy's "name" input would share the id "name", and a label would point at
 * the first. Elsewhere a field's id is its name (or the id it is given).
 */
export const FieldIdScope = createContext<string | null>(null);

/** The ids a field uses for its control, hint and error, and the error to show now. */
function useField(name: string, error: string | undefined, hint: string | undefined, id: string | undefined) {
  const scope = useContext(FieldIdScope);
  const base = id ?? (scope ? `${scope}-${name}` : name);
  const shown = useFieldError(name, error);
  const describedBy = [hint ? `${base}-hint` : null, shown.error ? `${base}-error` : null].filter(Boolean).join(" ") || undefined;
  return { id: base, error: shown.error, markEdited: shown.markEdited, control: { id: base, "aria-invalid": shown.error ? true : undefined, "aria-describedby": describedBy } as const };
}

function Frame({ label, id, error, hint, required, children }: Omit<FieldFrame, "name"> & { id: string; children: React.ReactNode }) {
  const t = useTranslations("common");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {required ? <span className="text-red-700"> *</span> : null}
        {required ? <span className="sr-only"> {t("required")}</span> : null}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled input whose error and hint are tied to it for screen readers. */
export function TextField({ label, name, error, hint, required, id, ...props }: FieldFrame & Omit<ComponentProps<"input">, "name">) {
  const field = useField(name, error, hint, id);
  return (
    <Frame label={label} id={field.id} error={field.error} hint={hint} required={required}>
      <input name={name} required={required} className={CONTROL} {...props} {...field.control} />
    </Frame>
  );
}

export function SelectField({ label, name, error, hint, required, id, children, ...props }: FieldFrame & Omit<ComponentProps<"select">, "name">) {
  const field = useField(name, error, hint, id);
  return (
    <Frame label={label} id={field.id} error={field.error} hint={hint} required={required}>
      <select name={name} required={required} className={CONTROL} {...props} {...field.control}>
        {children}
      </select>
    </Frame>
  );
}

export function TextAreaField({ label, name, error, hint, required, id, ...props }: FieldFrame & Omit<ComponentProps<"textarea">, "name">) {
  const field = useField(name, error, hint, id);
  return (
    <Frame label={label} id={field.id} error={field.error} hint={hint} required={required}>
      <textarea name={name} required={required} className={CONTROL} rows={3} {...props} {...field.control} />
    </Frame>
  );
}

/** A group of checkboxes or radios with one legend and one error; changing any choice in it clears the error. */
export function ChoiceGroup({ legend, name, error, hint, children }: { legend: string; name: string; error?: string; hint?: string; children: React.ReactNode }) {
  const field = useField(name, error, hint, undefined);
  return (
    <fieldset className="space-y-2" aria-describedby={field.control["aria-describedby"]} aria-invalid={field.control["aria-invalid"]} onChange={field.markEdited}>
      <legend className="text-sm font-medium">{legend}</legend>
      {hint ? (
        <p id={`${field.id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-x-6 gap-y-2">{children}</div>
      {field.error ? (
        <p id={`${field.id}-error`} className="text-sm font-medium text-red-700">
          {field.error}
        </p>
      ) : null}
    </fieldset>
  );
}

export function Choice({ label, type = "checkbox", ...props }: { label: string; type?: "checkbox" | "radio" } & Omit<ComponentProps<"input">, "type">) {
  return (
    <label className="inline-flex min-h-11 items-center gap-2 text-sm sm:min-h-0">
      <input type={type} className="size-4 accent-brand-700" {...props} />
      {label}
    </label>
  );
}
