/**
 * The worker's pg-boss queues: the scan, the flush of waiting messages, one job per message, where
 * failing jobs end, and the daily maintenance of the decision log (its retention).
 */
export const QUEUES = { scan: "notify-scan", flush: "notify-flush", send: "notify-send", dead: "notify-dead", retention: "decision-log-retention" } as const;
