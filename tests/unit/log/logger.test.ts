import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, logLevel } from "@/lib/log/logger";
import { scrub } from "@/lib/log/scrub";

/** A logger writing into an array, so each test reads the JSON lines it produced. */
function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: createLogger(stream, "info"), lines, text: () => JSON.stringify(lines) };
}

const EMAIL = "maria.lopez@clinic.example";
const TOKEN = "clr_Q2hvb3NlIGEgc2VjcmV0IHRoYXQgaXMgbG9uZyBlbm91Z2gu_abc";
const JWE = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..k9yJ2vYQKxkOq3tN.bG9uZyBlbmNyeXB0ZWQ.c2Vzc2lvbg";

describe("the logger", () => {
  it("writes one JSON line with level, time, message and the fields passed", () => {
    const { log, lines } = capture();
    log.info({ requestId: "req-12345678", action: "createPersonAction" }, "action failed");
    expect(lines).toEqual([expect.objectContaining({ level: "info", msg: "action failed", requestId: "req-12345678", action: "createPersonAction", time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) })]);
  });

  it("censors keys that hold personal data or secrets, at the top level and one object down", () => {
    const { log, lines, text } = capture();
    log.warn({ email: EMAIL, token: TOKEN, cookie: `next-auth.session-token=${JWE}`, ip: "203.0.113.10", actor: { email: EMAIL, userAgent: "Firefox", id: "u1" } }, "refused");
    expect(lines[0]).toMatchObject({ email: "[redacted]", token: "[redacted]", cookie: "[redacted]", ip: "[redacted]", actor: { email: "[redacted]", userAgent: "[redacted]", id: "u1" } });
    for (const secret of [EMAIL, TOKEN, JWE, "203.0.113.10", "Firefox"]) expect(text()).not.toContain(secret);
  });

  it("scrubs emails, tokens and cookies out of the message text", () => {
    const { log, text } = capture();
    log.error(`sign-in for ${EMAIL} with Authorization: Bearer ${TOKEN} and Cookie: __Host-next-auth.session-token=${JWE}`);
    expect(text()).not.toContain(EMAIL);
    expect(text()).not.toContain(TOKEN.slice(4));
    expect(text()).not.toContain(JWE);
    expect(text()).toContain("[email]");
  });

  it("logs an error's type, code, message and stack, scrubbed, and none of its other fields", () => {
    const { log, lines, text } = capture();
    const error = Object.assign(new Error(`duplicate key value violates unique constraint, ${EMAIL}`), {
      code: "23505",
      detail: `Key (email)=(${EMAIL}) already exists.`,
      cause: new Error("connect ECONNREFUSED postgresql://cleared_app:hunter2@db.internal:5432/cleared"),
    });
    log.error({ err: error }, "unexpected error");
    expect(lines[0]!.err).toMatchObject({ type: "Error", code: "23505", message: "duplicate key value violates unique constraint, [email]", stack: expect.any(String) });
    expect(text()).not.toContain(EMAIL);
    expect(text()).not.toContain("hunter2");
    expect(text()).not.toContain("already exists");
  });

  it("reads its level from LOG_LEVEL, info by default, silent under vitest unless asked", () => {
    expect(logLevel({})).toBe("info");
    expect(logLevel({ LOG_LEVEL: "DEBUG" })).toBe("debug");
    expect(logLevel({ LOG_LEVEL: "loud" })).toBe("info");
    expect(logLevel({ VITEST: "true" })).toBe("silent");
    expect(logLevel({ VITEST: "true", LOG_LEVEL: "warn" })).toBe("warn");
  });
});

describe("scrub", () => {
  it.each([
    [`to ${EMAIL}`, "to [email]"],
    ["postgresql://app:s3cret@db:5432/x", "postgresql://app:[redacted]@db:5432/x"],
    [`Bearer ${TOKEN}`, "Bearer [redacted]"],
    [`token ${TOKEN}`, "token clr_[redacted]"],
    [`next-auth.csrf-token=abc123; Path=/`, "next-auth.csrf-token=[redacted]; Path=/"],
    ["no personal data here: 42 rows", "no personal data here: 42 rows"],
  ])("%s -> %s", (input, output) => {
    expect(scrub(input)).toBe(output);
  });
});
