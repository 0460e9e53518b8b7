import "server-only";
import type { z } from "zod";
import { can, type Actor, type Permission, type Target } from "@/lib/access/policy";
import type { AuditContext } from "@/lib/audit/mutations";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { GENERIC_MESSAGES, type ErrorCode, type Outcome } from "@/lib/errors/app-error";
import { localize, localizeFields } from "@/lib/i18n/localize";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { requestLocale } from "@/lib/i18n/request";
import { controlCharacterErrors, formDataToObject, zodFieldErrors } from "@/lib/validation/form-data";
import { currentActor, pendingSession, recordDenied, requestContext, requestLogger } from "./guard";

/** What a server action returns to its form (`useActionState`). */
export type ActionState<T = unknown> =
  | { status: "idle" }
  | { status: "success"; message?: string; data?: T }
  | { status: "error"; code: ErrorCode; message: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };


type ActionConfig<S extends z.ZodType> = {
  /** The permission the action needs; the authorization matrix lists it under the action's name. */
  permission: Permission;
  input: S;
  /** Locates the object the action touches; null when it does not exist (answered as not-found). */
  target: (input: z.output<S>, actor: Actor) => Promise<Target | null> | Target | null;
  /** Only for the forced password change itself. */
  allowDuringPasswordChange?: boolean;
};

export type ActionContext<I> = { input: I; actor: Actor; context: AuditContext };

// Never echoed back into a form.
const SECRET_FIELDS = /password|secret|token/i;

/**
 * Builds a server action: parse with zod, authenticate, authorize against the object, run, and turn
 * any failure into a message the person can act on. Server actions are public POST endpoints, so
 * this runs on every call whatever the page that rendered the form checked.
 */
export function authorizedAction<S extends z.ZodType, R>(
  name: string,
  config: ActionConfig<S>,
  handler: (ctx: ActionContext<z.output<S>>) => Promise<Outcome<R>>,
) {
  return async function action(previous: ActionState<R> | undefined, payload: FormData | Record<string, unknown>): Promise<ActionState<R>> {
    const state = await run(previous, payload);
    return worded(state, await readerLocale());
  };

  async function run(_previous: ActionState<R> | undefined, payload: FormData | Record<string, unknown>): Promise<ActionState<R>> {
    const raw = payload instanceof FormData ? formDataToObject(payload) : payload;
    const values = echoValues(raw);
    try {
      const actor = await currentActor();
      if (!actor || (actor.mustChangePassword && !config.allowDuringPasswordChange)) {
        return { status: "error", code: "UNAUTHENTICATED", message: GENERIC_MESSAGES.UNAUTHENTICATED, values };
      }
      const parsed = config.input.safeParse(raw);
      // The schema's own message names the field; a control character in a field no schema
      // guards is refused all the same, before anything can carry it to the database.
      const fieldErrors = { ...controlCharacterErrors(raw), ...(parsed.success ? {} : zodFieldErrors(parsed.error)) };
      if (!parsed.success || Object.keys(fieldErrors).length > 0) {
        return { status: "error", code: "VALIDATION", message: GENERIC_MESSAGES.VALIDATION, fieldErrors, values };
      }
      const target = await config.target(parsed.data, actor);
      if (!target || !can(actor, config.permission, target)) {
        await recordDenied(actor, config.permission, target, name);
        return { status: "error", code: "NOT_FOUND", message: GENERIC_MESSAGES.NOT_FOUND, values };
      }
      const outcome = await handler({ input: parsed.data, actor, context: await requestContext(actor) });
      if (outcome.ok) return { status: "success", message: outcome.message, data: outcome.data };
      return { status: "error", code: outcome.code, message: outcome.message, fieldErrors: outcome.fieldErrors, values };
    } catch (error) {
      return actionFailure(name, error, values);
    }
  }
}

/**
 * What an action answers when it throws: redirect()/notFound() pass through (Next.js signals them
 * by throwing); a lost database says so; anything else is logged and reported generically. For the
 * few actions not built with `authorizedAction` (the second sign-in step) too.
 */
export async function actionFailure(name: string, error: unknown, values?: Record<string, string>): Promise<ActionState<never>> {
  if (isNavigationSignal(error)) throw error;
  const log = (await requestLogger()).child({ action: name });
  // Every write runs in one transaction, so a connection lost on the way rolls it back: the
  // person is told nothing was saved and to try again, and the form keeps what they typed.
  if (isDatabaseUnavailable(error)) {
    log.warn({ err: error }, "The database is unavailable; the action was refused");
    return { status: "error", code: "UNAVAILABLE", message: GENERIC_MESSAGES.UNAVAILABLE, values };
  }
  log.error({ err: error }, "The action failed unexpectedly");
  return { status: "error", code: "INTERNAL", message: GENERIC_MESSAGES.INTERNAL, values };
}

/**
 * The language the person who sent the form reads: their own choice, else the request's (cookie,
 * browser). The actor is the guard's cached one, so this costs no statement.
 */
async function readerLocale(): Promise<Locale> {
  // A session still owing its second factor has no actor yet, but its user has chosen a language.
  const actor = (await currentActor().catch(() => null)) ?? (await pendingSession().catch(() => null))?.actor;
  if (isLocale(actor?.locale)) return actor.locale;
  return requestLocale().catch(() => DEFAULT_LOCALE);
}

/** An action not built with `authorizedAction` (the second sign-in step), answering in its reader's words. */
export function spokenTo<A extends unknown[], T>(action: (...args: A) => Promise<ActionState<T>>): (...args: A) => Promise<ActionState<T>> {
  return async (...args) => worded(await action(...args), await readerLocale());
}

/** A form's answer worded for its reader: schemas and mutations say their messages (lib/i18n/said.ts). */
export function worded<T>(state: ActionState<T>, locale: Locale): ActionState<T> {
  if (state.status === "idle") return state;
  if (state.status === "success") return state.message === undefined ? state : { ...state, message: localize(state.message, locale) };
  return { ...state, message: localize(state.message, locale), fieldErrors: localizeFields(state.fieldErrors, locale) };
}

function echoValues(raw: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (SECRET_FIELDS.test(key) || key.startsWith("$")) continue;
    if (typeof value === "string") values[key] = value.slice(0, 10_000);
    else if (Array.isArray(value)) values[key] = value.filter((v) => typeof v === "string").join("\n");
  }
  return values;
}

function isNavigationSignal(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"));
}
