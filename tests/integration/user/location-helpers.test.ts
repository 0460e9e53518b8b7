import { describe, expect, it } from "vitest";
import { loadLocationHelpers } from "@/lib/user/data";
import { makeLocation, makePerson, makeUser } from "@/tests/support/factories";

describe("who an answer can name at a location", () => {
  it("lists the active managers and validators of the locations asked for, by name, and no one else's", async () => {
    const [here, elsewhere] = [await makeLocation(), await makeLocation()];
    const olivia = await makePerson({ firstName: "Olivia", lastName: "Chen", locationIds: [here.id] });
    await makeUser({ person: olivia, grants: [{ role: "manager", locationId: here.id }] });
    const priya = await makePerson({ firstName: "Priya", lastName: "Shah", locationIds: [here.id], providerType: "MD" });
    await makeUser({ person: priya, grants: [{ role: "validator", locationId: here.id }] });
    const gone = await makePerson({ firstName: "Gone", lastName: "Away", locationIds: [here.id] });
    await makeUser({ person: gone, active: false, grants: [{ role: "manager", locationId: here.id }] });
    const ben = await makePerson({ firstName: "Ben", lastName: "Carter", locationIds: [elsewhere.id] });
    await makeUser({ person: ben, grants: [{ role: "manager", locationId: elsewhere.id }] });
    await makeUser({ locationIds: [here.id], grants: [{ role: "medical_assistant" }] });

    const helpers = await loadLocationHelpers([here.id]);
    expect(helpers.map((h) => [h.role, h.name, h.locationId])).toEqual([
      ["manager", "Olivia Chen", here.id],
      ["validator", "Priya Shah", here.id],
    ]);
    expect(await loadLocationHelpers([])).toEqual([]);
  });
});
