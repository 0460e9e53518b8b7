import type { ComponentProps } from "react";

const CONTROL = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-ink shadow-sm placeholder:text-slate-400 aria-[invalid=true]:border-red-600 sm:text-sm";

type FieldFrame = { label: string; name: string; error?: string; hint?: string; required?: boolean };

function Frame({ label, name, error, hint, required, children }: FieldFrame & { children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
        {required ? <span className="text-red-700"> *</span> : null}
        {required ? <span className="sr-only"> (required)</span> : null}
      </label>
      {children}
      {hint ? (
        <p id={`${name}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${name}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(name: string, error?: string, hint?: string): string | undefined {
  return [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** A labelled input whose error and hint are tied to it for screen readers. */
export function TextField({ label, name, error, hint, required, ...props }: FieldFrame & Omit<ComponentProps<"input">, "name">) {
  return (
    <Frame label={label} name={name} error={error} hint={hint} required={required}>
      <input id={name} name={name} required={required} aria-invalid={error ? true : undefined} aria-describedby={describedBy(name, error, hint)} className={CONTROL} {...props} />
    </Frame>
  );
}

export function SelectField({ label, name, error, hint, required, children, ...props }: FieldFrame & Omit<ComponentProps<"select">, "name">) {
  return (
    <Frame label={label} name={name} error={error} hint={hint} required={required}>
      <select id={name} name={name} required={required} aria-invalid={error ? true : undefined} aria-describedby={describedBy(name, error, hint)} className={CONTROL} {...props}>
        {children}
      </select>
    </Frame>
  );
}

export function TextAreaField({ label, name, error, hint, required, ...props }: FieldFrame & Omit<ComponentProps<"textarea">, "name">) {
  return (
    <Frame label={label} name={name} error={error} hint={hint} required={required}>
      <textarea id={name} name={name} required={required} aria-invalid={error ? true : undefined} aria-describedby={describedBy(name, error, hint)} className={CONTROL} rows={3} {...props} />
    </Frame>
  );
}

/** A group of checkboxes or radios with one legend and one error. */
export function ChoiceGroup({ legend, name, error, hint, children }: { legend: string; name: string; error?: string; hint?: string; children: React.ReactNode }) {
  return (
    <fieldset className="space-y-2" aria-describedby={describedBy(name, error, hint)} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      {hint ? (
        <p id={`${name}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-x-6 gap-y-2">{children}</div>
      {error ? (
        <p id={`${name}-error`} className="text-sm font-medium text-red-700">
          {error}
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
