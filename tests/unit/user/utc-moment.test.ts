import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { utcMoment } from "@/components/user/utc-moment";

const at = new Date("2026-12-01T20:53:53Z");

describe("a last sign-in as each language writes it", () => {
  it("is the UTC string in English, as the page always showed", () => {
    expect(utcMoment(at, "en")).toBe("Tue, 01 Dec 2026 20:53:53 GMT");
  });

  it("is in Spanish words on the UTC clock in Spanish", () => {
    const spanish = utcMoment(at, "es");
    expect(spanish).toMatch(/\bdic\b/);
    expect(spanish).toContain("2026");
    expect(spanish).toContain("20:53:53");
    expect(spanish).toContain("UTC");
  });

  // The test runs in Asia/Kathmandu (+05:45): the moment must not move into the machine's zone.
  test.prop([fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true })])(
    "shows the UTC hour and minute in Spanish",
    (moment) => {
      const hm = moment.toISOString().slice(11, 19);
      expect(utcMoment(moment, "es")).toContain(hm);
    },
  );
});
