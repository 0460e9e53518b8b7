import { describe, expect, it } from "vitest";
import { requestId } from "@/lib/log/request-id";

const fresh = () => "generated-0001";

describe("requestId", () => {
  it("generates an id when no proxy of ours stands in front, whatever the client sends", () => {
    expect(requestId("b2c1f1a0-0000-4000-8000-000000000001", 0, fresh)).toBe("generated-0001");
  });

  it("keeps a well-formed id from a trusted proxy", () => {
    expect(requestId("b2c1f1a0-0000-4000-8000-000000000001", 1, fresh)).toBe("b2c1f1a0-0000-4000-8000-000000000001");
    expect(requestId("0123456789abcdef0123456789abcdef", 2, fresh)).toBe("0123456789abcdef0123456789abcdef");
  });

  it.each([["short"], ["has space inside it"], ['{"json":1}'], ["line\nbreak-injected"], ["x".repeat(200)], [""]])("replaces a malformed id (%s) even behind a trusted proxy", (incoming) => {
    expect(requestId(incoming, 1, fresh)).toBe("generated-0001");
  });

  it("generates UUIDs by default", () => {
    expect(requestId(null, 0)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
