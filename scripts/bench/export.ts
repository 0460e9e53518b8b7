/**
 * `npm run bench:export`: a 100,000-record competency-report CSV export (a row per location and task each record covers) on the large fixture of the
 * clearance benchmark (fixture.ts). Reports time to first byte, total time, rows and bytes, and the
 * growth of the process's resident memory during the export (sampled every 10 ms and per chunk), as the server
 * would see it. PGlite by default; PostgreSQL with BENCH_DATABASE_URL=postgresql://...
 */
import { buildFixture } from "./fixture";
import { machine, openBenchDatabase } from "./database";

const ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 100_000);
const bench = await openBenchDatabase();
try {
  console.log(`Export benchmark on ${bench.engine}: ${machine()}`);
  const started = performance.now();
  await buildFixture(bench.driver, console.log);
  console.log(`Fixture built in ${((performance.now() - started) / 1000).toFixed(0)} s.`);

  const { countRecords, prepareRecordsExport, recordsExport } = await import("../../lib/export/records-export");
  const { recordExportSchema } = await import("../../lib/export/schema");
  const { listLocations } = await import("../../lib/location/data");
  const actor = { userId: "bench", personId: "bench", email: "bench@cleared.example", name: "Benchmark", grants: [{ role: "auditor" as const, locationId: null }], mustChangePassword: false };
  const context = { actorUserId: null, actorLabel: "bench", ip: null, userAgent: null };

  // The smallest set of locations (in name order) whose records reach the row count asked for.
  const all = await listLocations();
  const query = recordExportSchema.parse({ format: "csv", bom: "on" });
  let locations = all.slice(0, 1);
  let expected = { records: 0, rows: 0 };
  for (let n = 1; n <= all.length; n++) {
    locations = all.slice(0, n);
    expected = await countRecords(await prepareRecordsExport(query, locations));
    if (expected.records >= ROWS) break;
  }
  console.log(`Exporting ${expected.records.toLocaleString()} records (${expected.rows.toLocaleString()} rows) from ${locations.length} locations.`);

  globalThis.gc?.();
  const baseline = process.memoryUsage().rss;
  const heapBaseline = process.memoryUsage().heapUsed + process.memoryUsage().external;
  let peak = baseline;
  let heapPeak = heapBaseline;
  const sample = () => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.rss);
    heapPeak = Math.max(heapPeak, m.heapUsed + m.external);
  };
  // Also sampled per chunk: with PGlite the export runs in microtasks and timers may not fire.
  const sampler = setInterval(sample, 10);
  const t0 = performance.now();
  const prepared = await prepareRecordsExport(query, locations);
  const result = await recordsExport(query, prepared, actor, context);
  if (!result.ok) throw new Error(result.message);
  const reader = result.response.body!.getReader();
  let firstByte = 0;
  let bytes = 0;
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!firstByte) firstByte = performance.now() - t0;
    bytes += value.length;
    sample();
    for (const byte of value) if (byte === 10) lines++;
  }
  const total = performance.now() - t0;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);

  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  console.log(`\nRows ${(lines - 1).toLocaleString()} (expected ${expected.rows.toLocaleString()}), ${mb(bytes)} of CSV`);
  console.log(`Time to first byte: ${(firstByte / 1000).toFixed(2)} s   target ≤ 1 s on PostgreSQL`);
  console.log(`Total: ${(total / 1000).toFixed(2)} s   target ≤ 10 s on PostgreSQL`);
  console.log(`Peak resident memory growth: ${mb(peak - baseline)} (baseline ${mb(baseline)}, peak ${mb(peak)}; JS heap + buffers ${mb(heapBaseline)} → peak ${mb(heapPeak)})   target ≤ 150 MB`);
} finally {
  await bench.dispose();
}
