import { describe, expect, it } from "vitest";
import { literalLike } from "@/lib/db/like";

describe("search text in LIKE patterns", () => {
  it("escapes the wildcards and the escape character, and nothing else", () => {
    expect(literalLike("50%_off\\")).toBe("50\\%\\_off\\\\");
    expect(literalLike("O'Brien-Núñez")).toBe("O'Brien-Núñez");
  });
});
