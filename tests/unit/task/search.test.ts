import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { matchesTask, parseSearchTerms } from "@/lib/task/search";

const injections = { name: "Giving certain injections", searchTerms: ["shot", "vaccine", "flu shot", "immunization"] };
const vitals = { name: "Recording vital signs, height, and weight", searchTerms: ["BP", "blood pressure", "pulse"] };
const venipuncture = { name: "Drawing blood (venipuncture)", searchTerms: ["blood draw", "phlebotomy"] };
const irrigation = { name: "HO Ear irrigation", searchTerms: [] };

describe("task search", () => {
  it("finds tasks by the words people use for them, whatever the case", () => {
    expect(matchesTask(injections, "shot")).toBe(true);
    expect(matchesTask(injections, "Flu")).toBe(true);
    expect(matchesTask(injections, "flu shot")).toBe(true);
    expect(matchesTask(injections, "vaccine")).toBe(true);
    expect(matchesTask(vitals, "bp")).toBe(true);
    expect(matchesTask(vitals, "BP")).toBe(true);
    expect(matchesTask(venipuncture, "blood draw")).toBe(true);
    expect(matchesTask(venipuncture, "venipunc")).toBe(true);
  });

  it("matches at the start of words, so a fragment inside a word does not match every task", () => {
    expect(matchesTask(irrigation, "ear")).toBe(true);
    expect(matchesTask(vitals, "ear")).toBe(false);
    expect(matchesTask(injections, "hot")).toBe(false);
    expect(matchesTask(vitals, "blood draw")).toBe(false);
  });

  it("takes punctuation and accents as spaces and plain letters", () => {
    expect(matchesTask(venipuncture, "(venipuncture)")).toBe(true);
    expect(matchesTask({ name: "Vacunación", searchTerms: [] }, "vacunacion")).toBe(true);
    expect(matchesTask(injections, "  ")).toBe(true);
  });

  test.prop([fc.string({ maxLength: 20 })])("finds every task by any word of its own name", (extra) => {
    const task = { name: `Checking ${extra} things`, searchTerms: [] };
    expect(matchesTask(task, "checking")).toBe(true);
    expect(matchesTask(task, "THINGS")).toBe(true);
  });

  it("reads an admin's terms one per comma or line, trimmed, without repeats", () => {
    expect(parseSearchTerms(" shot, Flu shot\nvaccine ,, SHOT \n  flu   shot ")).toEqual(["shot", "Flu shot", "vaccine"]);
    expect(parseSearchTerms("")).toEqual([]);
  });
});
