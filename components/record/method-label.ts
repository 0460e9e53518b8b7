import type { Messages } from "@/lib/i18n/messages";
import { VALIDATION_METHODS } from "@/lib/record/schema";

export type Method = keyof Messages["people"]["record"]["method"];

/** The ways competency is validated, in the order lib/record/schema.ts lists them (the catalog names each one). */
export const METHODS = Object.keys(VALIDATION_METHODS) as Method[];

function isMethod(method: string): method is Method {
  return (METHODS as readonly string[]).includes(method);
}

/** A validation method in the reader's language; a code the catalog does not know is shown as it is. */
export function methodText(t: (key: `record.method.${Method}`) => string, method: string): string {
  return isMethod(method) ? t(`record.method.${method}`) : method;
}
