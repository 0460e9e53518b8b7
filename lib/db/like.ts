/** Prisma passes `contains` to LIKE as is: "%" or "_" typed by a person must match only themselves. */
export const literalLike = (text: string): string => text.replace(/[\\%_]/g, "\\$&");
