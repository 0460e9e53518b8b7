import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/access/policy";
import { factorStep, secondFactorRequired } from "@/lib/second-factor/policy";

describe("who needs a second factor, and where a session stands", () => {
  it("is required for every role that can change, sign off or export records, and optional for medical assistants", () => {
    const required = ROLES.filter((role) => secondFactorRequired([{ role }]));
    expect(required.sort()).toEqual(["admin", "auditor", "manager", "validator"]);
    expect(secondFactorRequired([{ role: "medical_assistant" }])).toBe(false);
    expect(secondFactorRequired([{ role: "medical_assistant" }, { role: "validator" }])).toBe(true);
    expect(secondFactorRequired([])).toBe(false);
  });

  it("sends a session that owes a code to verify, one that needs an app set up to setup, and lets the rest through", () => {
    expect(factorStep({ required: true, enrolled: true, verifiedAt: undefined })).toBe("verify");
    expect(factorStep({ required: false, enrolled: true, verifiedAt: undefined })).toBe("verify");
    expect(factorStep({ required: true, enrolled: false, verifiedAt: undefined })).toBe("setup");
    expect(factorStep({ required: false, enrolled: false, verifiedAt: undefined })).toBe("complete");
    expect(factorStep({ required: true, enrolled: true, verifiedAt: 1_800_000_000 })).toBe("complete");
  });
});
