import type { TaskCategory } from "@/lib/clearance/facts";

export const CATEGORY_LABELS: Record<TaskCategory, string> = {
  administrative: "Administrative",
  documentation: "Documentation",
  clinical: "Clinical",
  clinical_support: "Clinical support",
  communication: "Communication",
};

export const CATEGORY_ORDER: TaskCategory[] = ["clinical", "clinical_support", "communication", "documentation", "administrative"];
