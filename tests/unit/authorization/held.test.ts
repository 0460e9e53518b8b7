import { describe, expect, it } from "vitest";
import { alreadyAuthorizedNote } from "@/components/authorization/labels";
import { holdersByTask, type HeldAuthorization } from "@/lib/authorization/held";

const OAKLAND = "locoakland001";
const TACOMA = "loctacoma0001";
const held: HeldAuthorization[] = [
  { personId: "maria", taskId: "venipuncture", locationId: OAKLAND },
  { personId: "aisha", taskId: "venipuncture", locationId: OAKLAND },
  { personId: "maria", taskId: "injections", locationId: OAKLAND },
  { personId: "maria", taskId: "vitals", locationId: TACOMA },
];

describe("tasks the chosen people already hold, marked in the grant form", () => {
  it("lists the holders of each task among those chosen, in the order chosen", () => {
    expect(holdersByTask(held, OAKLAND, ["aisha", "maria"])).toEqual(
      new Map([
        ["venipuncture", ["aisha", "maria"]],
        ["injections", ["maria"]],
      ]),
    );
  });

  it("counts an authorization only at its own location: they never transfer", () => {
    expect(holdersByTask(held, TACOMA, ["maria"])).toEqual(new Map([["vitals", ["maria"]]]));
    expect(holdersByTask(held, OAKLAND, ["maria"]).has("vitals")).toBe(false);
  });

  it("marks nothing while no one is chosen, and ignores people not chosen", () => {
    expect(holdersByTask(held, OAKLAND, []).size).toBe(0);
    expect(holdersByTask(held, OAKLAND, ["kevin"]).size).toBe(0);
  });

  it("says 'already authorized' when every chosen person holds it, and names the holders otherwise", () => {
    expect(alreadyAuthorizedNote(["Maria Gonzalez"], 1)).toBe("already authorized");
    expect(alreadyAuthorizedNote(["Maria Gonzalez", "Aisha Johnson"], 2)).toBe("already authorized");
    expect(alreadyAuthorizedNote(["Maria Gonzalez"], 3)).toBe("already authorized for Maria Gonzalez");
    expect(alreadyAuthorizedNote([], 2)).toBe("");
  });
});
