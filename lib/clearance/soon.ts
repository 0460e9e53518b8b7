import { daysBetween } from "@/lib/time/calendar";
import type { Settings } from "./facts";

/** Whether a date still ahead falls within the organization's "expiring soon" horizon. */
export function expiresSoon(date: string, today: string, settings: Settings): boolean {
  const days = daysBetween(today, date);
  return days > 0 && days <= settings.expiringSoonDays;
}
