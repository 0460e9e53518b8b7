import type { Actor, Grant, Target } from "@/lib/access/policy";
import type { Subject, TargetKind } from "@/lib/access/matrix";

/** The world the matrix speaks of: the actor works at HOME; OTHER is a location outside their reach. */
export const HOME = "locationhome01";
export const OTHER = "locationother01";
export const SELF = "personself0001";
export const COLLEAGUE = "personcolleague1";
export const STRANGER = "personstranger01";

const GRANTS: Record<Exclude<Subject, "anonymous">, Grant[]> = {
  admin: [{ role: "admin", locationId: null }],
  manager: [{ role: "manager", locationId: HOME }],
  medical_assistant: [{ role: "medical_assistant", locationId: null }],
  auditor: [{ role: "auditor", locationId: null }],
  auditor_scoped: [{ role: "auditor", locationId: HOME }],
  validator: [{ role: "validator", locationId: HOME }],
};

export function makeActor(subject: Exclude<Subject, "anonymous">, overrides: Partial<Actor> = {}): Actor {
  return { userId: `user${subject.replace("_", "")}01`, personId: SELF, email: `${subject}@example.org`, name: subject, grants: GRANTS[subject], mustChangePassword: false, ...overrides };
}

export const SCOPES = ["own", "otherPerson", "otherLocation"] as const;
export type Scope = (typeof SCOPES)[number];

/** The object a matrix cell talks about, for each kind of target. */
export function targetFor(kind: TargetKind, scope: Scope): Target | null {
  switch (kind) {
    case "organization":
      return { kind: "organization" };
    case "self":
      return { kind: "self" };
    case "none":
    case "scope":
      return null;
    case "location":
      return { kind: "location", locationId: scope === "otherLocation" ? OTHER : HOME };
    case "person":
      if (scope === "own") return { kind: "person", personId: SELF, locationIds: [HOME] };
      if (scope === "otherPerson") return { kind: "person", personId: COLLEAGUE, locationIds: [HOME] };
      return { kind: "person", personId: STRANGER, locationIds: [OTHER] };
  }
}
