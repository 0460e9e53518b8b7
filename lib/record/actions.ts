"use server";

import { revalidatePath } from "next/cache";
import { validatableTasks } from "@/lib/access/policy";
import { authorizedAction } from "@/lib/auth/action-client";
import { fail, ok, type Outcome } from "@/lib/errors/app-error";
import { say } from "@/lib/i18n/said";
import { organizationSettings } from "@/lib/organization/data";
import { getPersonProfile, personTarget } from "@/lib/person/data";
import { listTasks } from "@/lib/task/data";
import { wallClock } from "@/lib/time/zoned";
import { correctRecord, createRecord, withdrawRecord, type Evidence, type RecordContent } from "./mutations";
import { correctRecordSchema, createRecordSchema, VALIDATION_METHODS, validateCompetencySchema, withdrawRecordSchema, type CorrectRecordInput, type CreateRecordInput } from "./schema";
import { attestationText } from "./attestation";
import { readEvidence } from "./upload";

function content(input: CreateRecordInput | CorrectRecordInput): RecordContent {
  return {
    kind: input.kind,
    title: input.title,
    taskIds: input.kind === "certification" ? [] : input.taskIds,
    trainingProvider: input.trainingProvider,
    hours: input.kind === "certification" ? null : input.hours,
    procedureCount: input.kind === "certification" ? null : input.procedureCount,
    certificationType: input.kind === "certification" ? input.certificationType || null : null,
    completedOn: input.completedOn,
    expiresOn: input.expiresOn,
    notes: input.notes,
  };
}

/** Field errors found after the schema passed; one alone is also the form's message, as it always was. */
function fieldFailure(fieldErrors: Record<string, string>) {
  const messages = Object.values(fieldErrors);
  return fail("VALIDATION", messages.length === 1 ? messages[0] : undefined, fieldErrors);
}

/**
 * What both record forms submit, checked and read: the evidence files (by their bytes) and the
 * record on the organization's clock. Training is recorded once it has happened: a completion date
 * after today is a typo.
 */
async function submittedRecord(input: CreateRecordInput | CorrectRecordInput): Promise<Outcome<{ record: RecordContent; files: Evidence[]; timeZone: string }>> {
  const evidence = await readEvidence(input.evidence);
  const { timeZone } = await organizationSettings();
  const record = content(input);
  // Both checks are reported together, as the schema's are: one submission shows every error.
  const fieldErrors: Record<string, string> = {};
  if (!evidence.ok) fieldErrors.evidence = evidence.message;
  if (record.completedOn > wallClock(new Date(), timeZone).date) fieldErrors.completedOn = say("record.field.completedInFuture");
  if (!evidence.ok || fieldErrors.completedOn) return fieldFailure(fieldErrors);
  return ok({ record, files: evidence.files, timeZone });
}

export const createRecordAction = authorizedAction(
  "createRecordAction",
  { permission: "record.manage", input: createRecordSchema, target: (input) => personTarget(input.personId) },
  async ({ input, actor, context }) => {
    const submitted = await submittedRecord(input);
    if (!submitted.ok) return submitted;
    const outcome = await createRecord(input.personId, submitted.data.record, submitted.data.files, actor, context);
    if (outcome.ok) revalidatePath(`/people/${input.personId}`);
    return outcome;
  },
);

export const correctRecordAction = authorizedAction(
  "correctRecordAction",
  { permission: "record.manage", input: correctRecordSchema, target: (input) => personTarget(input.personId) },
  async ({ input, actor, context }) => {
    const submitted = await submittedRecord(input);
    if (!submitted.ok) return submitted;
    const { record, files, timeZone } = submitted.data;
    const outcome = await correctRecord(input.personId, input.lineageId, input.version, record, input.reason, files, actor, context, timeZone, { voidSignOff: input.voidSignOff });
    if (outcome.ok) revalidatePath(`/people/${input.personId}`);
    return outcome;
  },
);

export const withdrawRecordAction = authorizedAction(
  "withdrawRecordAction",
  { permission: "record.manage", input: withdrawRecordSchema, target: (input) => personTarget(input.personId) },
  async ({ input, actor, context }) => {
    const { timeZone } = await organizationSettings();
    const today = wallClock(new Date(), timeZone).date;
    const outcome = await withdrawRecord(input.personId, input.lineageId, input.version, input.fromMode === "start" ? "start" : (input.from as string), input.reason, actor, context, timeZone, today);
    if (outcome.ok) revalidatePath(`/people/${input.personId}`);
    return outcome;
  },
);

export const validateCompetencyAction = authorizedAction(
  "validateCompetencyAction",
  {
    permission: "competency.validate",
    input: validateCompetencySchema,
    // The validator signs off at one location, for a person who works there.
    target: async (input) => {
      const target = await personTarget(input.personId);
      return target?.kind === "person" && target.locationIds.includes(input.locationId) ? { ...target, locationIds: [input.locationId] } : null;
    },
  },
  async ({ input, actor, context }) => {
    if (input.personId === actor.personId) return fail("REFUSED", say("record.outcome.validateOwn"));
    const [person, tasks, { timeZone }] = await Promise.all([getPersonProfile(input.personId), listTasks(), organizationSettings()]);
    if (!person?.isMedicalAssistant) return fail("REFUSED", say("record.outcome.notMedicalAssistant"));
    const byId = new Map(tasks.map((t) => [t.id, t]));
    const allowed = validatableTasks(actor, input.locationId);
    const outside = input.taskIds.filter((id) => {
      const task = byId.get(id);
      return !task || (allowed !== "all" && !allowed.includes(id) && !(task.parentId && allowed.includes(task.parentId)));
    });
    if (outside.length > 0) return fail("REFUSED", say("record.outcome.validatorTasks"), { taskIds: say("record.field.validatorTasks") });
    const now = new Date();
    const evidence = await readEvidence(input.evidence);
    const fieldErrors: Record<string, string> = {};
    if (input.observedOn > wallClock(now, timeZone).date) fieldErrors.observedOn = say("record.field.observedInFuture");
    if (!evidence.ok) fieldErrors.evidence = evidence.message;
    if (!evidence.ok || fieldErrors.observedOn) return fieldFailure(fieldErrors);
    const names = input.taskIds.map((id) => byId.get(id)!.name);
    const outcome = await createRecord(
      input.personId,
      {
        kind: "competency",
        title: `${names.join(", ")}: competency`,
        taskIds: input.taskIds,
        trainingProvider: null,
        hours: null,
        procedureCount: null,
        certificationType: null,
        completedOn: input.observedOn,
        expiresOn: input.expiresOn,
        notes: input.notes,
      },
      evidence.files,
      actor,
      context,
      { validatedById: actor.personId, validationMethod: input.method, attestation: attestationText(actor.name, person.name, names, input.observedOn, VALIDATION_METHODS[input.method]), validatedAt: now },
      now,
    );
    if (outcome.ok) revalidatePath(`/people/${input.personId}`);
    return outcome;
  },
);
