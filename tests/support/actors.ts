import { makeUser, type GrantSpec } from "./factories";
import { signInAs } from "./session";

/**
 * A new user with these role grants, working at these locations, signed in: the next server action
 * or route handler called runs as them. Returns the user and their person.
 */
export async function signInNew(grants: GrantSpec[], locationIds: string[] = []) {
  const made = await makeUser({ grants, locationIds });
  await signInAs(made.user);
  return made;
}
