import { plusMonths } from "@/lib/time/calendar";
import type { Context } from "./context";
import type { RecordFact } from "./facts";
import { finding, type Evidence, type Finding, type Need, type Notice } from "./findings";
import { expiresSoon } from "./soon";

const NEEDS_COMPETENCY_BY_DEFAULT: ReadonlySet<string> = new Set(["clinical", "clinical_support"]);

/**
 * The day a competency must be revalidated by: `months` after it was observed, on the calendar
 * (31 January + 1 month = 28 February). It counts while the day asked about is before this day.
 */
export function revalidationDue(observedOn: string, months: number): string {
  return plusMonths(observedOn, months);
}

const current = (r: RecordFact, today: string) => r.expiresOn === null || today < r.expiresOn;
const newestFirst = (a: RecordFact, b: RecordFact) => (a.completedOn === b.completedOn ? b.id.localeCompare(a.id) : a.completedOn < b.completedOn ? 1 : -1);

/** Training and competency: this MA's own documented records, current at the moment. */
export function training(ctx: Context): Finding {
  const { rule, policy, task, facts, now, lineage } = ctx;
  const today = now.at.today;
  const ruleApplies = rule !== null && (rule.outcome === "allowed" || rule.outcome === "conditional");
  const needHours = ruleApplies ? (rule.minTrainingHours ?? 0) : 0;
  const needCount = ruleApplies ? (rule.minProcedureCount ?? 0) : 0;
  const needCertification = ruleApplies ? rule.acceptedCertifications : [];
  const needCompetency = policy ? policy.requiresCompetency : NEEDS_COMPETENCY_BY_DEFAULT.has(task.category);
  const months = policy?.revalidationMonths ?? null;
  if (needHours === 0 && needCount === 0 && needCertification.length === 0 && !needCompetency) {
    return finding("training", "met", { code: "no_prerequisites", task: task.name });
  }
  const records = [...new Set(lineage.flatMap((id) => now.records.get(id) ?? []))];
  const valid = records.filter((r) => current(r, today));
  const used: RecordFact[] = [];
  const missing: Need[] = [];
  const achieved: Need[] = [];
  const notices: Notice[] = [];

  if (needHours > 0) {
    const trainings = valid.filter((r) => r.kind === "training" && r.hours);
    const hours = trainings.reduce((sum, r) => sum + (r.hours ?? 0), 0);
    used.push(...trainings);
    (hours + 1e-9 < needHours ? missing : achieved).push({ code: "hours", need: needHours, have: hours });
  }
  if (needCount > 0) {
    const counted = valid.filter((r) => r.procedureCount);
    const count = counted.reduce((sum, r) => sum + (r.procedureCount ?? 0), 0);
    used.push(...counted);
    (count < needCount ? missing : achieved).push({ code: "procedures", need: needCount, have: count });
  }
  if (needCertification.length > 0) {
    const accepted = (c: RecordFact) => c.certificationType !== null && needCertification.includes(c.certificationType);
    const held = now.certifications.filter((c) => accepted(c) && current(c, today)).sort(newestFirst)[0];
    if (held) {
      used.push(held);
      achieved.push({ code: "certification", certification: held.certificationType as string });
    } else {
      const lapsed = now.certifications.filter((c) => accepted(c) && c.expiresOn !== null).sort(newestFirst)[0];
      missing.push(lapsed ? { code: "certification_lapsed", certification: lapsed.certificationType as string, expiredOn: lapsed.expiresOn as string } : { code: "certification_missing", accepted: needCertification });
    }
  }
  if (needCompetency) {
    const competencies = records.filter((r) => r.kind === "competency").sort(newestFirst);
    const signed = competencies.filter((r) => r.validatedByName !== null);
    const latest = signed.find((r) => current(r, today));
    const due = latest && months ? revalidationDue(latest.completedOn, months) : null;
    if (latest && (due === null || today < due)) {
      used.push(latest);
      achieved.push({ code: "competency", on: latest.completedOn, by: latest.validatedByName });
      if (due && expiresSoon(due, today, facts.settings)) notices.push({ code: "revalidation_due", task: task.name, due });
    } else if (latest && months) {
      missing.push({ code: "competency_revalidation", months, last: latest.completedOn });
    } else {
      const unsigned = competencies.find((r) => r.validatedByName === null && current(r, today));
      const expired = signed.find((r) => !current(r, today));
      missing.push(
        unsigned
          ? { code: "competency_unsigned", task: task.name, recordedOn: unsigned.completedOn }
          : expired
            ? { code: "competency_expired", task: task.name, expiredOn: expired.expiresOn as string }
            : { code: "competency_missing", task: task.name },
      );
    }
  }
  const usedOnce = [...new Set(used)];
  for (const r of usedOnce) if (r.expiresOn && expiresSoon(r.expiresOn, today, facts.settings)) notices.push({ code: "record_expires", title: r.title, expiresOn: r.expiresOn });
  const evidence = usedOnce.map((r): Evidence => ({ kind: "record", id: r.id, version: r.version, label: { code: "record", title: r.title } }));
  if (missing.length > 0) return finding("training", "not_met", { code: "missing", missing }, evidence, notices);
  return finding("training", "met", { code: "documented", achieved }, evidence, notices);
}
