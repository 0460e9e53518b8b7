import { randomBytes } from "node:crypto";

/** An id for rows the application names itself (the lineage shared by a record's versions). */
export function newId(): string {
  return randomBytes(12).toString("hex");
}
