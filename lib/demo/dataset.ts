/**
 * The demo organization: three clinics in two states with different medical assistant rules (one
 * of them counting supervision only while the provider has checked in), the staff to
 * sign in as each role, and providers who supervise. Names and addresses are fictional.
 */
export const DEMO_PASSWORD = "demo-cleared-2026";
/**
 * The demo staff's authenticator key, published like the password: their roles require a second
 * factor, so the demo shows it. Add it to an authenticator app, or run `npm run demo:code`.
 */
export const DEMO_TOTP_SECRET = "CLEAREDDEMOSECRETFORSTAFFLOGINSX";
export const DEMO_EMAIL_DOMAIN = "cleared.example";

export const DEMO_ORGANIZATION = { name: "Harborview Family Health (demo)", timeZone: "America/Los_Angeles" };

export const DEMO_LOCATIONS = [
  { key: "oakland", name: "Oakland Clinic", address: "1400 Broadway, Oakland, CA 94612", state: "CA", timeZone: "America/Los_Angeles" },
  { key: "tacoma", name: "Tacoma Clinic", address: "950 Pacific Ave, Tacoma, WA 98402", state: "WA", timeZone: "America/Los_Angeles" },
  { key: "seattle", name: "Seattle Clinic", address: "1100 Olive Way, Seattle, WA 98101", state: "WA", timeZone: "America/Los_Angeles" },
] as const;

/** Seattle counts on-site supervision only while the provider has checked in, from the day the demo is seeded. */
export const CHECK_IN_LOCATIONS: readonly DemoLocationKeyOf[] = ["seattle"];
type DemoLocationKeyOf = (typeof DEMO_LOCATIONS)[number]["key"];

export type DemoLocationKey = (typeof DEMO_LOCATIONS)[number]["key"];
type LoginRole = "admin" | "manager" | "medical_assistant" | "auditor" | "validator";
type ProviderType = "MD" | "DO" | "PA" | "NP";
type Tier = "none" | "ma_c" | "ma_r" | "ma_p";

export type DemoPerson = {
  key: string;
  firstName: string;
  lastName: string;
  locations: DemoLocationKey[];
  employmentStart: string;
  /** Login role and the locations it covers (none: organization-wide or, for an MA, themselves). */
  login?: { role: LoginRole; scope?: DemoLocationKey[] };
  providerType?: ProviderType;
  credentialTier?: Tier;
};

export const DEMO_PEOPLE: DemoPerson[] = [
  { key: "admin", firstName: "Alex", lastName: "Morgan", locations: ["oakland", "tacoma"], employmentStart: "2019-04-01", login: { role: "admin" } },
  { key: "manager.oakland", firstName: "Olivia", lastName: "Chen", locations: ["oakland"], employmentStart: "2020-02-10", login: { role: "manager", scope: ["oakland"] } },
  { key: "manager.tacoma", firstName: "Ben", lastName: "Carter", locations: ["tacoma"], employmentStart: "2021-06-14", login: { role: "manager", scope: ["tacoma"] } },
  { key: "auditor", firstName: "Sandra", lastName: "Patel", locations: [], employmentStart: "2022-01-03", login: { role: "auditor" } },
  { key: "dr.shah", firstName: "Priya", lastName: "Shah", locations: ["oakland"], employmentStart: "2018-09-01", providerType: "MD", login: { role: "validator", scope: ["oakland"] } },
  { key: "dr.lee", firstName: "Daniel", lastName: "Lee", locations: ["tacoma"], employmentStart: "2017-05-15", providerType: "MD", login: { role: "validator", scope: ["tacoma"] } },
  { key: "dr.okafor", firstName: "Amara", lastName: "Okafor", locations: ["seattle"], employmentStart: "2019-03-04", providerType: "MD", login: { role: "validator", scope: ["seattle"] } },
  { key: "np.ellis", firstName: "Jordan", lastName: "Ellis", locations: ["oakland", "tacoma"], employmentStart: "2021-11-01", providerType: "NP" },
  { key: "maria", firstName: "Maria", lastName: "Gonzalez", locations: ["oakland"], employmentStart: "2021-03-08", login: { role: "medical_assistant" } },
  { key: "aisha", firstName: "Aisha", lastName: "Johnson", locations: ["oakland"], employmentStart: "2022-07-18", login: { role: "medical_assistant" } },
  { key: "kevin", firstName: "Kevin", lastName: "Tran", locations: ["oakland"], employmentStart: "2023-01-09", login: { role: "medical_assistant" } },
  { key: "rosa", firstName: "Rosa", lastName: "Martinez", locations: ["oakland"], employmentStart: "2025-09-02", login: { role: "medical_assistant" } },
  { key: "emily", firstName: "Emily", lastName: "Nguyen", locations: ["tacoma"], employmentStart: "2020-10-05", login: { role: "medical_assistant" }, credentialTier: "ma_c" },
  { key: "marcus", firstName: "Marcus", lastName: "Brown", locations: ["tacoma"], employmentStart: "2022-04-25", login: { role: "medical_assistant" }, credentialTier: "ma_c" },
  { key: "hannah", firstName: "Hannah", lastName: "Olsen", locations: ["tacoma"], employmentStart: "2024-02-12", login: { role: "medical_assistant" }, credentialTier: "ma_r" },
  { key: "sofia", firstName: "Sofia", lastName: "Ramirez", locations: ["seattle"], employmentStart: "2022-09-12", login: { role: "medical_assistant" }, credentialTier: "ma_c" },
  { key: "tyler", firstName: "Tyler", lastName: "Reed", locations: ["tacoma"], employmentStart: "2025-06-30", login: { role: "medical_assistant" }, credentialTier: "ma_p" },
];

export function demoEmail(person: DemoPerson): string {
  return `${person.key}@${DEMO_EMAIL_DOMAIN}`;
}

/** The sign-ins printed at start-up and listed in the README. */
export function demoLogins(): { role: string; email: string; name: string }[] {
  return DEMO_PEOPLE.filter((p) => p.login).map((p) => ({
    role: p.login!.scope ? `${p.login!.role} (${p.login!.scope.join(", ")})` : p.login!.role.replace("_", " "),
    email: demoEmail(p),
    name: `${p.firstName} ${p.lastName}`,
  }));
}

export function formatDemoLogins(): string {
  const lines = demoLogins().map((login) => `  ${login.role.padEnd(20)} ${login.email.padEnd(34)} ${login.name}`);
  return [
    `Demo sign-ins (password for all: ${DEMO_PASSWORD}):`,
    ...lines,
    `Staff sign-ins also ask for a code from an authenticator app: add the key ${DEMO_TOTP_SECRET} to one, or run \`npm run demo:code\`.`,
  ].join("\n");
}
