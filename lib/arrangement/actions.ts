"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action-client";
import { fail } from "@/lib/errors/app-error";
import { getLocations } from "@/lib/location/data";
import { endOfLocalDay, startOfLocalDay } from "@/lib/time/zoned";
import { saveArrangement } from "./mutations";
import { arrangementSchema } from "./schema";

export const saveArrangementAction = authorizedAction(
  "saveArrangementAction",
  { permission: "arrangement.manage", input: arrangementSchema, target: (input) => ({ kind: "location", locationId: input.locationId }) },
  async ({ input, actor, context }) => {
    const [location] = await getLocations([input.locationId]);
    if (!location) return fail("NOT_FOUND");
    const outcome = await saveArrangement(
      {
        locationId: input.locationId,
        supervisorId: input.supervisorId,
        level: input.level,
        allMedicalAssistants: input.superviseeMode === "all",
        superviseeIds: input.superviseeMode === "all" ? [] : input.superviseeIds,
        allClinicalTasks: input.taskMode === "all_clinical",
        taskIds: input.taskMode === "all_clinical" ? [] : input.taskIds,
        effectiveFrom: startOfLocalDay(input.effectiveFrom, location.timeZone),
        effectiveTo: input.lastDay ? endOfLocalDay(input.lastDay, location.timeZone) : null,
        windows: input.windows,
      },
      input.lineageId ? { lineageId: input.lineageId, version: input.version ?? 0 } : null,
      actor,
      context,
      location.timeZone,
    );
    if (outcome.ok) revalidatePath(`/locations/${input.locationId}/supervision`);
    return outcome;
  },
);
