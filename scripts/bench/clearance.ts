/**
 * `npm run bench:clearance`: latency of the clearance check on a large organization (see
 * fixture.ts). Prints p50/p95/p99 for one check (loader + engine), for all of one person's tasks at
 * a location, and the engine alone per decision. PGlite by default; PostgreSQL with
 * BENCH_DATABASE_URL=postgresql://... (a scratch database is created and dropped).
 */
import { buildFixture, SIZE } from "./fixture";
import { machine, openBenchDatabase, percentiles } from "./database";

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 400);
const bench = await openBenchDatabase();
try {
  console.log(`Clearance benchmark on ${bench.engine}: ${machine()}`);
  const started = performance.now();
  await buildFixture(bench.driver, console.log);
  console.log(`Fixture built in ${((performance.now() - started) / 1000).toFixed(0)} s.`);

  const { loadFacts } = await import("../../lib/clearance/data");
  const { decide } = await import("../../lib/clearance/decide");
  const moment = new Date("2026-03-10T17:40:00Z");
  const pick = (i: number) => {
    const person = ((i * 7919) % (SIZE.people - 500)) + 501;
    return { personId: `benchperson${String(person).padStart(6, "0")}`, locationId: `benchloc${String((person % SIZE.locations) + 1).padStart(5, "0")}` };
  };

  const one: number[] = [];
  const all: number[] = [];
  for (let i = 0; i < ITERATIONS + 50; i++) {
    const { personId, locationId } = pick(i);
    let t = performance.now();
    const facts = await loadFacts(personId, locationId, moment, moment);
    if (!facts) throw new Error(`no facts for ${personId}`);
    const task = facts.tasks[i % facts.tasks.length]!;
    decide(facts, { personId, taskId: task.id, locationId, moment });
    const oneMs = performance.now() - t;
    t = performance.now();
    const again = await loadFacts(personId, locationId, moment, moment);
    for (const tk of again!.tasks) decide(again!, { personId, taskId: tk.id, locationId, moment });
    const allMs = performance.now() - t;
    if (i >= 50) {
      one.push(oneMs);
      all.push(allMs);
    }
  }

  // The engine as the app uses it: every task of a person at one moment (the overview), and one
  // decision at a moment not seen before (a single check), on the facts of a real fixture person.
  // Loaded for the days the loops below ask about (exceptions are loaded for a span).
  const { loadFactsForPeople } = await import("../../lib/clearance/data");
  const span = 4 * 86_400_000;
  const facts = (await loadFactsForPeople([pick(1).personId], pick(1).locationId, new Date(moment.getTime() - span), moment, new Date(moment.getTime() + span))).get(pick(1).personId)!;
  const moments = 5_000;
  let t = performance.now();
  for (let i = 0; i < moments; i++) {
    const at = new Date(moment.getTime() + i * 60_000);
    for (const task of facts.tasks) decide(facts, { personId: facts.person.id, taskId: task.id, locationId: facts.location.id, moment: at });
  }
  const allTasksUs = ((performance.now() - t) * 1000) / (moments * facts.tasks.length);
  t = performance.now();
  for (let i = 0; i < moments; i++) {
    const task = facts.tasks[i % facts.tasks.length]!;
    decide(facts, { personId: facts.person.id, taskId: task.id, locationId: facts.location.id, moment: new Date(moment.getTime() - (i + 1) * 60_000) });
  }
  const coldUs = ((performance.now() - t) * 1000) / moments;

  // What-if: one provider away for a week at the location with the most staff, as the page asks it
  // (staff, one facts load for the week, every MA × task × stretch with and without the absence, covers).
  const { exceptionWhatIf } = await import("../../lib/what-if/data");
  const [largest] = await bench.driver.query<{ id: string; staff: number }>(`SELECT "locationId" AS id, count(DISTINCT e."personId")::int AS staff FROM "Employment" e JOIN "Person" p ON p.id = e."personId" WHERE p."isMedicalAssistant" GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`);
  const [provider] = await bench.driver.query<{ id: string }>(`SELECT "supervisorId" AS id FROM "SupervisionArrangement" WHERE "locationId" = $1 GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`, [largest!.id]);
  const week = { startsAt: new Date("2026-03-08T08:00:00Z"), endsAt: new Date("2026-03-15T07:00:00Z"), allDay: true };
  const whatIf: number[] = [];
  let affected = 0;
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now();
    const preview = await exceptionWhatIf(largest!.id, provider!.id, week, "bench", moment);
    if (i > 0) whatIf.push(performance.now() - t0);
    affected = preview!.comparison.windows;
  }

  const fmt = (p: ReturnType<typeof percentiles>) => `p50 ${p.p50.toFixed(2)} ms · p95 ${p.p95.toFixed(2)} ms · p99 ${p.p99.toFixed(2)} ms (n=${p.n})`;
  console.log(`\nOne check (load facts + decide one task):  ${fmt(percentiles(one))}   target p99 ≤ 15 ms on PostgreSQL`);
  console.log(`All tasks for one person (${facts.tasks.length} tasks):   ${fmt(percentiles(all))}   target p99 ≤ 40 ms on PostgreSQL`);
  console.log(`Engine alone, every task at a moment: ${allTasksUs.toFixed(1)} µs per decision (${(moments * facts.tasks.length).toLocaleString()} decisions)   target ≤ 20 µs`);
  console.log(`Engine alone, one decision at a new moment: ${coldUs.toFixed(1)} µs (${moments.toLocaleString()} decisions)`);
  console.log(`What-if, one provider away for a week at the largest location (${largest!.staff} MAs): ${fmt(percentiles(whatIf))}, ${affected.toLocaleString()} windows lost   target ≤ 2 s`);
  console.log(`Facts for one person: ${facts.authorizations.length} authorizations, ${facts.records.length} records, ${facts.arrangements.length} arrangements, ${facts.rules.length} rule versions.`);
} finally {
  await bench.dispose();
}
