import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forwarded, trustedProxyCount } from "@/lib/http/forwarded";

const request = (forwardedFor: string | null, forwardedProto: string | null = null) => ({ forwardedFor, forwardedProto });

describe("where a request came from", () => {
  it("believes no forwarded header without a trusted proxy, whatever the client sends", () => {
    expect(forwarded(request("203.0.113.5", "https"), 0)).toEqual({ clientAddress: null, https: false });
    expect(forwarded(request(null, null), 0)).toEqual({ clientAddress: null, https: false });
  });

  it("takes the address our one proxy appended, not the one the client wrote before it", () => {
    expect(forwarded(request("10.9.9.9, 198.51.100.7"), 1).clientAddress).toBe("198.51.100.7");
    expect(forwarded(request("198.51.100.7"), 1).clientAddress).toBe("198.51.100.7");
  });

  it("takes the Nth address from the right behind N proxies", () => {
    expect(forwarded(request("6.6.6.6, 198.51.100.7, 10.0.0.2"), 2).clientAddress).toBe("198.51.100.7");
    expect(forwarded(request("2001:db8::1, 10.0.0.2"), 2).clientAddress).toBe("2001:db8::1");
  });

  it("has no address when the header holds fewer hops than proxies, or something that is not an address", () => {
    expect(forwarded(request("10.0.0.2"), 2).clientAddress).toBeNull();
    expect(forwarded(request(null), 1).clientAddress).toBeNull();
    expect(forwarded(request("<script>, 10.0.0.2"), 2).clientAddress).toBeNull();
    expect(forwarded(request("999.1.1.1"), 1).clientAddress).toBeNull();
  });

  it("honours X-Forwarded-Proto only behind a trusted proxy", () => {
    expect(forwarded(request(null, "https"), 1).https).toBe(true);
    expect(forwarded(request(null, "http"), 1).https).toBe(false);
    expect(forwarded(request(null, "https, http"), 1).https).toBe(false);
    expect(forwarded(request(null, "https"), 2).https).toBe(true);
  });

  it("with N trusted proxies, nothing the client puts before their hops changes the answer", () => {
    const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((parts) => parts.join("."));
    const address = fc.oneof(ipv4, fc.ipV6());
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(fc.constant(n), fc.array(address, { minLength: n, maxLength: n }))), fc.string({ unit: "binary" }), ([n, hops], prefix) => {
        const honest = forwarded(request(hops.join(", ")), n);
        const prefixed = forwarded(request(`${prefix}, ${hops.join(", ")}`), n);
        expect(prefixed).toEqual(honest);
        expect(honest.clientAddress).toBe(hops[0]);
      }),
    );
  });

  it("reads TRUSTED_PROXY_COUNT as a small whole number, and anything else as none", () => {
    expect(trustedProxyCount(undefined)).toBe(0);
    expect(trustedProxyCount("2")).toBe(2);
    expect(trustedProxyCount(" 1 ")).toBe(1);
    for (const value of ["", "-1", "1.5", "two", "11", "1e1"]) expect(trustedProxyCount(value)).toBe(0);
  });
});
