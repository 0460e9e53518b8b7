import type { Evidence } from "@/lib/clearance/decide";
import type { DecisionSource } from "@/lib/clearance/mutations";

export const SOURCE_LABELS: Record<DecisionSource, string> = { check: "Check a task", overview: "Clearances overview", api: "API" };

export const EVIDENCE_LABELS: Record<Evidence["kind"], string> = {
  state_rule: "State rule",
  employer_policy: "Employer policy",
  authorization: "Authorization",
  record: "Record",
  arrangement: "Supervision arrangement",
  supervisor: "Supervisor",
  employment: "Employment",
  exception: "Supervision exception",
};
