/**
 * `npm run token:create -- --name <name> --scopes clearances:read[,who-can:read] [--locations <id,id>] [--days 90]`:
 * creates an API token for an integration and prints its secret, which is shown this once only
 * (the database keeps its hash). For operators who script a deployment; admins use API tokens in
 * the app. Audited like the app's, as the operator. Exit code 1 on bad input, with the reason.
 */
import { parseArgs } from "node:util";
import { closeScriptDatabase, openScriptDatabase } from "./open-database";

const { values } = parseArgs({ options: { name: { type: "string" }, scopes: { type: "string" }, locations: { type: "string" }, days: { type: "string" } } });
const list = (value: string | undefined) => (value ?? "").split(",").map((v) => v.trim()).filter(Boolean);

const db = await openScriptDatabase();
try {
  const { createTokenSchema } = await import("../lib/token/schema");
  const { createToken } = await import("../lib/token/mutations");
  const parsed = createTokenSchema.safeParse({ name: values.name, scopes: list(values.scopes), locationIds: list(values.locations), expiresInDays: values.days });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`--${optionName(String(issue.path[0]))}: ${issue.message}`);
    process.exitCode = 1;
  } else {
    const outcome = await createToken(parsed.data, { actorUserId: null, actorLabel: "operator (token:create)", ip: null, userAgent: null });
    if (!outcome.ok) {
      console.error(outcome.message);
      process.exitCode = 1;
    } else {
      console.error(`Token for "${parsed.data.name}" (${parsed.data.scopes.join(", ")}) in ${db.label}, expires ${outcome.data.expiresAt.toISOString()}. Shown once:`);
      console.log(outcome.data.secret);
    }
  }
} finally {
  await closeScriptDatabase(db);
}

function optionName(field: string): string {
  return { name: "name", scopes: "scopes", locationIds: "locations", expiresInDays: "days" }[field] ?? field;
}
