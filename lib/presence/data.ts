import "server-only";
import { prisma } from "@/lib/db/client";
import { employedOn } from "@/lib/person/employment";
import { startOfLocalDay, wallClock } from "@/lib/time/zoned";
import { versionsOf } from "@/lib/version/rows";

/** A provider's check-ins and check-outs at locations since an instant, oldest first. */
export async function presenceSince(locationIds: readonly string[], since: Date, providerId?: string) {
  return prisma.presenceEvent.findMany({
    where: { locationId: { in: [...locationIds] }, at: { gte: since }, ...(providerId ? { providerId } : {}) },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { locationId: true, providerId: true, kind: true, at: true, provider: { select: { firstName: true, lastName: true, providerType: true } } },
  });
}

/**
 * Where a provider can check in today: the active locations where they work today, with the
 * location's check-in setting and their taps there today. One query for the person, one for the taps.
 */
export async function presenceLocations(personId: string, now: Date = new Date()) {
  const person = await prisma.person.findUnique({
    where: { id: personId },
    select: { providerType: true, employments: { include: { location: { select: { id: true, name: true, timeZone: true, active: true, requiresCheckIn: true } } } } },
  });
  if (!person?.providerType) return { provider: false as const, locations: [] };
  const locations = [...new Map(person.employments.map((e) => [e.location.id, e.location])).values()]
    .filter((l) => l.active && employedOn(versionsOf(person.employments), l.id, wallClock(now, l.timeZone).date, now))
    .sort((a, b) => a.name.localeCompare(b.name));
  const since = new Date(Math.min(...locations.map((l) => startOfLocalDay(wallClock(now, l.timeZone).date, l.timeZone).getTime()), now.getTime()));
  const taps = await presenceSince(locations.map((l) => l.id), since, personId);
  return { provider: true as const, locations: locations.map((l) => ({ ...l, taps: taps.filter((t) => t.locationId === l.id) })) };
}
