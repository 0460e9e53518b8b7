import type { Grant } from "@/lib/access/policy";
import type { AccessInput } from "./schema";

/** The role grants an admin's access form describes. */
export function grantsFromAccess(access: AccessInput): Grant[] {
  const grants: Grant[] = [];
  for (const role of access.roles) {
    if (role === "manager") grants.push(...access.managerLocationIds.map((locationId) => ({ role, locationId })));
    else if (role === "validator") {
      const tasks = access.validatorTaskIds.length > 0 ? access.validatorTaskIds : [null];
      grants.push(...access.validatorLocationIds.flatMap((locationId) => tasks.map((taskId) => ({ role, locationId, taskId }))));
    }
    else if (role === "auditor" && access.auditorScope === "locations")
      grants.push(...access.auditorLocationIds.map((locationId) => ({ role, locationId })));
    else grants.push({ role, locationId: null });
  }
  return grants;
}

export function describeGrants(grants: readonly Grant[], locationNames: ReadonlyMap<string, string>): string[] {
  return grants.map((g) => (g.locationId ? `${g.role} at ${locationNames.get(g.locationId) ?? g.locationId}` : g.role));
}
