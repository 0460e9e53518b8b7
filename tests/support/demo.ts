import { prisma } from "@/lib/db/client";
import { seedDemoData } from "@/lib/demo/mutations";

/** The demo organization in the test database, as `npm start` seeds it, looked up by name. */
export async function seedDemo(now: Date) {
  await seedDemoData(prisma, now);
  const people = await prisma.person.findMany({ select: { id: true, firstName: true, user: { select: { id: true, sessionVersion: true } } } });
  const locations = await prisma.location.findMany({ select: { id: true, name: true } });
  const person = (firstName: string) => {
    const found = people.find((p) => p.firstName === firstName);
    if (!found) throw new Error(`no demo person ${firstName}`);
    return found;
  };
  const location = (name: string) => locations.find((l) => l.name.startsWith(name))!.id;
  /** A provider saying "I'm on site" at a location at an instant: Tacoma counts on-site supervision only then. */
  const checkIn = (firstName: string, name: string, at: Date) => prisma.presenceEvent.create({ data: { providerId: person(firstName).id, locationId: location(name), kind: "check_in", at } });
  return { person, location, checkIn };
}
