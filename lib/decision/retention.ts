/**
 * How long the decision log keeps what it was asked. Checks people ran (a medical assistant's
 * "Check a task", an integration's API call) are the record a surveyor asks for: seven years by
 * default, the longest medical-record retention US states commonly require of adults' records.
 * Page views (My clearances, every task at once) are kept a year: they show what someone was
 * shown, but nobody acted on one answer in particular. Both are settings, in days.
 */
export type RetentionSettings = { checksDays: number; viewsDays: number };

export const DEFAULT_RETENTION: RetentionSettings = { checksDays: 7 * 365 + 2, viewsDays: 365 };

/** The shortest retention accepted; the database's retention function refuses anything shorter too. */
export const MIN_RETENTION_DAYS = 30;
/** About a century: beyond it a setting is more likely a typo than a policy. */
export const MAX_RETENTION_DAYS = 36_525;

const VARIABLES = { checksDays: "DECISION_LOG_RETAIN_CHECKS_DAYS", viewsDays: "DECISION_LOG_RETAIN_VIEWS_DAYS" } as const;

/** The settings from the environment (unset or blank: the default), or what is wrong with them. */
export function retentionSettings(env: Record<string, string | undefined>): { ok: true; settings: RetentionSettings } | { ok: false; errors: string[] } {
  const settings = { ...DEFAULT_RETENTION };
  const errors: string[] = [];
  for (const key of Object.keys(VARIABLES) as (keyof RetentionSettings)[]) {
    const raw = env[VARIABLES[key]]?.trim();
    if (!raw) continue;
    const days = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isInteger(days) || days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS) {
      errors.push(`${VARIABLES[key]}="${raw}" is not a retention: give a whole number of days from ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS} (default ${DEFAULT_RETENTION[key]}), or leave it unset.`);
    } else settings[key] = days;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings };
}

/** The settings from the environment; throws one message naming every bad variable (for start-up). */
export function retentionFromEnv(env: Record<string, string | undefined> = process.env): RetentionSettings {
  const result = retentionSettings(env);
  if (!result.ok) throw new Error(`Decision log retention: ${result.errors.join(" ")}`);
  return result.settings;
}

const DAY = 86_400_000;

/** Rows asked before these instants are past their retention at `now`. */
export function retentionCutoffs(settings: RetentionSettings, now: Date): { checksBefore: Date; viewsBefore: Date } {
  return { checksBefore: new Date(now.getTime() - settings.checksDays * DAY), viewsBefore: new Date(now.getTime() - settings.viewsDays * DAY) };
}
