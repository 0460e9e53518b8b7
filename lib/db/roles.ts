/**
 * Least-privilege PostgreSQL roles: an owner that runs migrations and owns every schema object, and
 * an app role for the running app that may read and write rows and nothing else. The point is the
 * audit trail: whoever owns a table can `ALTER TABLE ... DISABLE TRIGGER` and rewrite history, so
 * the app role owns nothing, may create no trigger and truncate nothing, and may only read and
 * append to the append-only logs. Idempotent: run it again after every `db:migrate` to grant on the
 * tables the migration created.
 */

/** The part of a `pg` client this needs (one connection: `SET ROLE` must stay on it). */
export type SqlClient = { query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }> };

export type RoleSettings = { owner: string; app: string; ownerPassword: string | null; appPassword: string | null };

export const DEFAULT_OWNER_ROLE = "cleared_owner";
export const DEFAULT_APP_ROLE = "cleared_app";

// Unquoted-identifier rules, lower case: a role name that needs quoting is a typo more often than not.
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The role names and passwords from the environment, or the reasons they are unusable. */
export function roleSettings(env: Record<string, string | undefined>): { ok: true; settings: RoleSettings } | { ok: false; errors: string[] } {
  const owner = env.CLEARED_OWNER_ROLE?.trim() || DEFAULT_OWNER_ROLE;
  const app = env.CLEARED_APP_ROLE?.trim() || DEFAULT_APP_ROLE;
  const errors: string[] = [];
  for (const [variable, name] of [["CLEARED_OWNER_ROLE", owner], ["CLEARED_APP_ROLE", app]] as const) {
    if (!ROLE_NAME.test(name)) errors.push(`${variable}="${name}" is not a usable role name: lower-case letters, digits and _, starting with a letter or _, at most 63 characters.`);
    else if (name.startsWith("pg_")) errors.push(`${variable}="${name}": names starting with pg_ are reserved by PostgreSQL.`);
  }
  if (owner === app) errors.push(`CLEARED_OWNER_ROLE and CLEARED_APP_ROLE are both "${owner}": the app role must not be the owner, or it could disable the audit triggers.`);
  for (const variable of ["CLEARED_OWNER_PASSWORD", "CLEARED_APP_PASSWORD"]) {
    if (env[variable]?.includes("\0")) errors.push(`${variable} contains a NUL character, which PostgreSQL cannot store.`);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, settings: { owner, app, ownerPassword: env.CLEARED_OWNER_PASSWORD || null, appPassword: env.CLEARED_APP_PASSWORD || null } };
}

/** The job queue's schema and how to install it (pg-boss's own DDL, run as the owner). */
export type JobSchema = { name: string; prepare(db: { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> }): Promise<string[]> };

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Creates or updates both roles, makes the owner own everything in the app's schema and the job
 * schema, installs the job schema as the owner, and grants the app role exactly what it needs.
 * Returns what it did, one line per step, for the operator to read.
 */
export async function setupRoles(client: SqlClient, settings: RoleSettings, jobs: JobSchema): Promise<string[]> {
  const done: string[] = [];
  const { owner, app } = settings;
  const [me] = (await client.query(`SELECT current_user AS "user", current_database() AS "database", r.rolsuper AS "super", r.rolcreaterole AS "createRole" FROM pg_roles r WHERE r.rolname = current_user`)).rows as { user: string; database: string; super: boolean; createRole: boolean }[];
  if (!me) throw new Error("Could not read the connected role from pg_roles.");
  if (!me.super && !me.createRole) throw new Error(`${me.user} may not create roles: connect DATABASE_URL as a superuser (for example postgres) to run db:roles.`);
  if (me.user === owner || me.user === app) throw new Error(`DATABASE_URL connects as ${me.user}, one of the roles being set up: connect as a superuser instead.`);

  await inTransaction(client, async () => {
    done.push(await ensureRole(client, owner, settings.ownerPassword, "CLEARED_OWNER_PASSWORD", "NOSUPERUSER NOCREATEROLE NOREPLICATION NOBYPASSRLS"));
    done.push(await ensureRole(client, app, settings.appPassword, "CLEARED_APP_PASSWORD", "NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"));
    // A member of the owner role could act as the owner (SET ROLE): the app role must be nobody's member.
    const memberships = (await client.query(`SELECT g.rolname AS "role" FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = $1`, [app])).rows as { role: string }[];
    for (const { role } of memberships) {
      await client.query(`REVOKE ${ident(role)} FROM ${ident(app)}`);
      done.push(`Removed ${app} from role ${role} (its privileges would have been the app's).`);
    }
    const db = ident(me.database);
    await client.query(`GRANT CONNECT, CREATE ON DATABASE ${db} TO ${ident(owner)}`);
    await client.query(`REVOKE CREATE ON DATABASE ${db} FROM ${ident(app)}`);
    await client.query(`GRANT CONNECT ON DATABASE ${db} TO ${ident(app)}`);
    done.push(`Database ${me.database}: CONNECT and CREATE (for schemas) to ${owner}; CONNECT to ${app}.`);
    // Before PostgreSQL 15 everyone may create tables in public; a table the app created would be its own.
    await client.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    for (const schema of await existingSchemas(client, ["public", jobs.name])) done.push(await transferOwnership(client, schema, owner));
  });

  const queues = await asRole(client, owner, () => jobs.prepare({ executeSql: (text, values) => client.query(text, values) }));
  done.push(`Job schema ${jobs.name}: installed by ${owner} with the worker's queues (${queues.join(", ")}).`);

  await inTransaction(client, async () => {
    done.push(await grantAppSchema(client, "public", owner, app));
    done.push(await grantAppSchema(client, jobs.name, owner, app));
  });
  return done;
}

async function ensureRole(client: SqlClient, role: string, password: string | null, variable: string, attributes: string): Promise<string> {
  const exists = (await client.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [role])).rows.length > 0;
  const passwordClause = password === null ? "" : ` PASSWORD ${literal(password)}`;
  await client.query(`${exists ? "ALTER" : "CREATE"} ROLE ${ident(role)} LOGIN ${attributes}${passwordClause}`);
  const how = password !== null ? `password from ${variable}` : exists ? "password unchanged" : `no password (set ${variable} and run again; until then it signs in only where pg_hba.conf trusts it)`;
  return `${exists ? "Updated" : "Created"} role ${role} (LOGIN, ${how}).`;
}

async function existingSchemas(client: SqlClient, names: string[]): Promise<string[]> {
  const rows = (await client.query(`SELECT nspname AS "name" FROM pg_namespace WHERE nspname = ANY($1::text[])`, [names])).rows as { name: string }[];
  return names.filter((name) => rows.some((row) => row.name === name));
}

/** Makes `owner` the owner of the schema and of every table, view, sequence, function and type in it. */
async function transferOwnership(client: SqlClient, schema: string, owner: string): Promise<string> {
  await client.query(`ALTER SCHEMA ${ident(schema)} OWNER TO ${ident(owner)}`);
  const counts = { relations: 0, sequences: 0, functions: 0, types: 0 };
  // Tables first: their indexes and the sequences of their serial columns follow them.
  const relations = (await client.query(
    `SELECT c.relname AS "name" FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND pg_get_userbyid(c.relowner) <> $2 ORDER BY c.relname`,
    [schema, owner],
  )).rows as { name: string }[];
  for (const { name } of relations) await client.query(`ALTER TABLE ${ident(schema)}.${ident(name)} OWNER TO ${ident(owner)}`);
  counts.relations = relations.length;
  const sequences = (await client.query(
    `SELECT c.relname AS "name" FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind = 'S' AND pg_get_userbyid(c.relowner) <> $2`,
    [schema, owner],
  )).rows as { name: string }[];
  for (const { name } of sequences) await client.query(`ALTER SEQUENCE ${ident(schema)}.${ident(name)} OWNER TO ${ident(owner)}`);
  counts.sequences = sequences.length;
  const functions = (await client.query(
    `SELECT p.oid::regprocedure::text AS "signature" FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = $1 AND p.prokind IN ('f', 'p') AND pg_get_userbyid(p.proowner) <> $2`,
    [schema, owner],
  )).rows as { signature: string }[];
  for (const { signature } of functions) await client.query(`ALTER ROUTINE ${signature} OWNER TO ${ident(owner)}`);
  counts.functions = functions.length;
  // Enums, domains and stand-alone composite types; a table's row type and array types follow their base.
  const types = (await client.query(
    `SELECT format('%I.%I', n.nspname, t.typname) AS "name" FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      LEFT JOIN pg_class c ON c.oid = t.typrelid
      WHERE n.nspname = $1 AND (t.typtype IN ('e', 'd') OR (t.typtype = 'c' AND c.relkind = 'c')) AND pg_get_userbyid(t.typowner) <> $2`,
    [schema, owner],
  )).rows as { name: string }[];
  for (const { name } of types) await client.query(`ALTER TYPE ${name} OWNER TO ${ident(owner)}`);
  counts.types = types.length;
  const moved = [plural(counts.relations, "table"), plural(counts.sequences, "sequence"), plural(counts.functions, "function"), plural(counts.types, "type")];
  return `Schema ${schema}: owned by ${owner}; ownership moved to it for ${moved.join(", ")}.`;
}

/**
 * The append-only logs: tables whose migration forbids TRUNCATE with the append-only trigger (the
 * audit trail, the decision log). Read from the catalog, so a log added by a later migration is
 * covered by the next run. The app may read and append to them, nothing else.
 */
async function appendOnlyLogs(client: SqlClient, schema: string): Promise<string[]> {
  const rows = (await client.query(
    `SELECT DISTINCT c.relname AS "name" FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_proc p ON p.oid = t.tgfoid
      WHERE n.nspname = $1 AND p.proname = 'reject_append_only_change' AND (t.tgtype & 32) <> 0 ORDER BY 1`,
    [schema],
  )).rows as { name: string }[];
  return rows.map((row) => row.name);
}

const ROW_WRITES = "SELECT, INSERT, UPDATE, DELETE";

/**
 * Everything the app role holds in `schema`, revoked and granted afresh (so a run also removes what
 * an earlier setup granted too much): USAGE; row reads and writes on tables (no TRUNCATE, TRIGGER or
 * REFERENCES); read and append only on the logs; read only on the migration history; sequences and
 * functions; and the same by default on what the owner creates later.
 */
async function grantAppSchema(client: SqlClient, schema: string, owner: string, app: string): Promise<string> {
  const s = ident(schema);
  const a = ident(app);
  await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA ${s} FROM ${a}`);
  await client.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${s} FROM ${a}`);
  await client.query(`REVOKE ALL ON ALL ROUTINES IN SCHEMA ${s} FROM ${a}`);
  await client.query(`REVOKE ALL ON SCHEMA ${s} FROM ${a}`);
  await client.query(`GRANT USAGE ON SCHEMA ${s} TO ${a}`);
  await client.query(`GRANT ${ROW_WRITES} ON ALL TABLES IN SCHEMA ${s} TO ${a}`);
  await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${s} TO ${a}`);
  await client.query(`GRANT EXECUTE ON ALL ROUTINES IN SCHEMA ${s} TO ${a}`);
  const defaults = `ALTER DEFAULT PRIVILEGES FOR ROLE ${ident(owner)} IN SCHEMA ${s}`;
  await client.query(`${defaults} GRANT ${ROW_WRITES} ON TABLES TO ${a}`);
  await client.query(`${defaults} GRANT USAGE, SELECT ON SEQUENCES TO ${a}`);
  await client.query(`${defaults} GRANT EXECUTE ON ROUTINES TO ${a}`);
  const [{ tables }] = (await client.query(`SELECT count(*)::int AS "tables" FROM pg_tables WHERE schemaname = $1`, [schema])).rows as [{ tables: number }];
  const parts = [`USAGE on the schema`, `${ROW_WRITES} on ${plural(tables, "table")}`];
  const logs = await appendOnlyLogs(client, schema);
  for (const log of logs) await client.query(`REVOKE UPDATE, DELETE ON ${s}.${ident(log)} FROM ${a}`);
  if (logs.length > 0) parts.push(`only SELECT, INSERT on the append-only ${logs.join(", ")}`);
  if (schema === "public") {
    // The decision log's retention is the one way rows leave it; the migration revoked it from PUBLIC.
    const [retention] = (await client.query(`SELECT to_regprocedure('public.decision_log_retention(timestamptz, timestamptz)') IS NOT NULL AS "exists"`)).rows as [{ exists: boolean }];
    if (retention.exists) {
      await client.query(`GRANT EXECUTE ON FUNCTION public.decision_log_retention(timestamptz, timestamptz) TO ${a}`);
      parts.push("EXECUTE on decision_log_retention (the only way rows leave the decision log)");
    }
    const [migrations] = (await client.query(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS "exists"`)).rows as [{ exists: boolean }];
    // The app checks which migrations are applied (readiness, start); applying them is the owner's.
    if (migrations.exists) {
      await client.query(`REVOKE INSERT, UPDATE, DELETE ON public._prisma_migrations FROM ${a}`);
      parts.push("only SELECT on _prisma_migrations");
    } else {
      parts.push("(not migrated yet: after db:migrate as the owner, run db:roles again to limit the app on the audit tables)");
    }
  }
  parts.push("USAGE, SELECT on sequences, EXECUTE on functions, the same by default on what the owner creates; no ownership, TRUNCATE or TRIGGER");
  return `Schema ${schema}, ${app}: ${parts.join("; ")}.`;
}

async function inTransaction(client: SqlClient, fn: () => Promise<void>): Promise<void> {
  await client.query("BEGIN");
  try {
    await fn();
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

async function asRole<T>(client: SqlClient, role: string, fn: () => Promise<T>): Promise<T> {
  await client.query(`SET ROLE ${ident(role)}`);
  try {
    return await fn();
  } finally {
    await client.query("RESET ROLE");
  }
}
