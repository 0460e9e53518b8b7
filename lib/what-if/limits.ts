/** A what-if looks at most this far: a month of every MA, task and stretch stays within seconds. */
export const MAX_WHAT_IF_DAYS = 31;
