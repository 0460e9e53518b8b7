import type { ActionState } from "@/lib/auth/action-client";
import { Alert } from "./alert";

/** The outcome of a form's last submission, announced to screen readers. */
export function ActionMessage({ state, successTitle = "Saved" }: { state: ActionState<unknown>; successTitle?: string }) {
  if (state.status === "idle") return null;
  if (state.status === "success") return <Alert tone="success" title={state.message ?? successTitle} />;
  return <Alert tone="error" title={state.message} />;
}
