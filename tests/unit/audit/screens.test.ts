import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { AuditEventTable } from "@/components/audit/audit-event-table";
import { ChainVerification } from "@/components/audit/chain-verification";
import { EventDetails } from "@/components/audit/event-details";
import { EventDiff } from "@/components/audit/event-diff";
import { GENESIS_HASH, hashEvent, type ChainedContent } from "@/lib/audit/chain";
import type { AuditNames } from "@/lib/audit/sentence";
import { renderIn, textIn } from "@/tests/support/intl-render";

const content: ChainedContent = {
  occurredAt: new Date("2026-03-03T15:14:00Z"),
  actorUserId: null,
  actorLabel: "system",
  action: "user.sign_in",
  entityType: "user",
  entityId: null,
  personId: null,
  locationId: null,
  before: null,
  after: { a: 1 },
  ip: null,
  userAgent: null,
};
const event = { ...content, seq: 1, prevHash: GENESIS_HASH, hash: hashEvent(GENESIS_HASH, content) };
const names: AuditNames = { users: new Map(), people: new Map(), locations: new Map() } as unknown as AuditNames;

describe("chain verification", () => {
  it("reads in English exactly as before", () => {
    expect(textIn("en", createElement(ChainVerification, { check: { count: 12345, headHash: "abc", headSeq: 12345, firstBreak: null } }))).toContain("Chain intact: 12345 eventsHead hash abc at event #12345");
    expect(textIn("en", createElement(ChainVerification, { check: { count: 40, headHash: "abc", headSeq: 40, firstBreak: { seq: 7, reason: "hash_mismatch" } } }))).toContain(
      "Chain broken at event #7Event #7 does not match its hash: it was edited. 40 events checked. No chain head can be exported until this is resolved.",
    );
    expect(textIn("en", createElement(ChainVerification, { check: null }))).toContain("Recomputes the hash of every event, from the first to the last.");
  });

  it("reads in Spanish, the break worded from its code", () => {
    const text = textIn("es", createElement(ChainVerification, { check: { count: 40, headHash: "abc", headSeq: 40, firstBreak: { seq: 7, reason: "prev_hash_mismatch" } } }));
    expect(text).toContain("Cadena rota en el evento n.º 7");
    expect(text).toContain("El evento n.º 7 no enlaza con el evento anterior: se quitó o se insertó un evento. Eventos verificados: 40.");
    expect(text).not.toContain("Exportar la cabeza de la cadena");
    expect(textIn("es", createElement(ChainVerification, { check: null }))).toContain("Verificar la cadena ahora");
  });
});

describe("one event", () => {
  it("labels every field and says whether the hash matches", () => {
    expect(textIn("en", createElement(EventDetails, { event, timeZone: "UTC", names }))).toContain("Matches the content");
    const es = textIn("es", createElement(EventDetails, { event, timeZone: "UTC", names }));
    expect(es).toContain("Agente de usuario");
    expect(es).toContain("Coincide con el contenido");
  });

  it("names each change", () => {
    expect(textIn("en", createElement(EventDiff, { before: null, after: null }))).toBe("This event records no before or after values.");
    expect(textIn("es", createElement(EventDiff, { before: { a: 1 }, after: { a: 2, b: 3 } }))).toMatch(/Cambiado.*Agregado|Agregado.*Cambiado/);
  });
});

describe("the events table", () => {
  it("has an empty state and names each event's link", () => {
    expect(textIn("es", createElement(AuditEventTable, { events: [], caption: "" }))).toContain("Ningún evento coincide con estos filtros.");
    const described = { label: "Signed in", sentence: "Someone signed in.", when: { date: "3 Mar 2026", time: "15:14", zone: "UTC", timeZone: "UTC" } };
    expect(renderIn("en", createElement(AuditEventTable, { events: [{ seq: 5, described }], caption: "" }))).toContain('aria-label="Event 5"');
    expect(renderIn("es", createElement(AuditEventTable, { events: [{ seq: 5, described }], caption: "" }))).toContain('aria-label="Evento 5"');
  });
});
