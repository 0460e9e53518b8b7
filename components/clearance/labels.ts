import type { TaskCategory } from "@/lib/clearance/facts";

export const CATEGORY_LABELS: Record<TaskCategory, string> = {
  administrative: "Administrative",
  documentation: "Documentation",
  clinical: "Clinical",
  clinical_support: "Clinical support",
  communication: "Communication",
};

export const CATEGORY_ORDER: TaskCategory[] = ["clinical", "clinical_support", "communication", "documentation", "administrative"];

export const ANSWER_LABELS = {
  why: "Why",
  fullAnswer: "Full answer: four factors and evidence",
  expiringSoon: "Expiring soon",
  invalidMoment: "That date or time is not valid; showing now instead.",
  outsideHours: "outside supervision hours",
  printedFor: (name: string, when: string) => `Clearances for ${name}, ${when}`,
  counts: (c: { cleared: number; check_first: number; not_cleared: number; outside: number }) =>
    `${c.cleared} cleared, ${c.check_first} check first, ${c.not_cleared} not cleared${c.outside > 0 ? `, ${c.outside} outside supervision hours` : ""}`,
} as const;
