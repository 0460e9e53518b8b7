import type { ActionState } from "@/lib/auth/action-client";

/** The state a form starts in, before its first submission. */
export const IDLE_STATE: ActionState<never> = { status: "idle" };
