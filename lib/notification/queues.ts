/** The worker's pg-boss queues: the scan, the flush of waiting messages, one job per message, and where failing jobs end. */
export const QUEUES = { scan: "notify-scan", flush: "notify-flush", send: "notify-send", dead: "notify-dead" } as const;
