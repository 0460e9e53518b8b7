import { describe, expect, it } from "vitest";
import { evidenceFiles } from "@/lib/record/schema";

describe("evidence files in a form", () => {
  it("drops the empty part a file input sends when nothing was chosen", () => {
    for (const name of ["", "undefined"]) expect(evidenceFiles.parse(new File([], name))).toEqual([]);
    expect(evidenceFiles.parse(undefined)).toEqual([]);
  });

  it("keeps a chosen file even when it is empty, so the person is told", () => {
    expect(evidenceFiles.parse(new File([], "scan.pdf"))).toHaveLength(1);
  });

  it("refuses more than four files at a time", () => {
    const files = Array.from({ length: 5 }, (_, i) => new File(["%PDF-"], `f${i}.pdf`));
    expect(evidenceFiles.safeParse(files).success).toBe(false);
  });
});
