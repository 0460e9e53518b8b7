import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { DeliveryTable } from "@/components/notification/delivery-table";
import { NoticeList } from "@/components/notification/notice-list";
import { NotificationBell } from "@/components/notification/notification-bell";
import { SignOffsWaiting } from "@/components/notification/signoffs-waiting";
import type { DeliveryView, NoticeView } from "@/lib/notification/data";
import { renderIn as render } from "@/tests/support/intl-render";

const notice: NoticeView = { id: "n1", kind: "record_expiring", title: "Su Venipuncture competency vence en 20 días", detail: "Renuévelo.", link: "/people/maria", createdAt: new Date("2026-03-10T17:05:00Z"), readAt: null };
const delivery: DeliveryView = { id: "m1", to: "ben@x.example", recipient: "Ben Ortiz", subject: "", cadence: "daily", status: "failed", attempts: 5, lastError: "550 No such user", createdAt: new Date("2026-03-10T17:05:00Z"), sentAt: null, notices: 2 };

describe("the notification screens", () => {
  it("list notices with their kind and date in the user's language", () => {
    const es = render("es", createElement(NoticeList, { notices: [notice], timeZone: "UTC" }));
    expect(es).toContain("Sin leer");
    expect(es).toContain("Registros por vencer · <time");
    expect(es).toContain("10 de marzo de 2026 17:05");
    const en = render("en", createElement(NoticeList, { notices: [notice], timeZone: "UTC" }));
    expect(en).toContain("Records expiring · <time");
    expect(en).toContain("2026-03-10 17:05");
    expect(render("es", createElement(NoticeList, { notices: [], timeZone: "UTC" }))).toContain("No hay notificaciones.");
  });

  it("name the bell with the unread count", () => {
    expect(render("en", createElement(NotificationBell, { unread: 3 }))).toContain('aria-label="Notifications, 3 unread"');
    expect(render("en", createElement(NotificationBell, { unread: 0 }))).toContain('aria-label="Notifications"');
    expect(render("es", createElement(NotificationBell, { unread: 3 }))).toContain('aria-label="Notificaciones, 3 sin leer"');
  });

  it("show a validator the sign-offs waiting, with a name for screen readers", () => {
    const waiting = [{ lineageId: "l1", personId: "rosa", person: "Rosa Martinez", locationId: "oak", location: "Oakland Clinic", title: "Clinical skills check-off", recordedOn: "2026-03-02", taskIds: ["taskvitals"] }];
    const en = render("en", createElement(SignOffsWaiting, { waiting }));
    expect(en).toContain('<span class="block text-muted">Recorded for 2026-03-02 at Oakland Clinic</span>');
    expect(en).toContain('>Sign off<span class="sr-only"> Rosa Martinez&#x27;s Clinical skills check-off</span></a>');
    const es = render("es", createElement(SignOffsWaiting, { waiting }));
    expect(es).toContain("Se registró el 2 de marzo de 2026 en Oakland Clinic");
    expect(es).toContain('Validar<span class="sr-only"> Clinical skills check-off de Rosa Martinez</span>');
  });

  it("give admins the deliveries table in their language", () => {
    const es = render("es", createElement(DeliveryTable, { deliveries: [delivery], timeZone: "UTC", caption: "Todos los mensajes" }));
    for (const words of ["Destinatario", "Frecuencia", 'Creado <span class="normal-case">(UTC)</span>', "(sin asunto)", "Último error: 550 No such user", "Resumen diario", "Falló", "10 de marzo de 2026 17:05", "—"]) expect(es).toContain(words);
    const en = render("en", createElement(DeliveryTable, { deliveries: [delivery], timeZone: "UTC", caption: "All messages" }));
    for (const words of ["Recipient", 'Created <span class="normal-case">(UTC)</span>', "(no subject)", "Last error: 550 No such user", "Daily digest", "Failed", "2026-03-10 17:05"]) expect(en).toContain(words);
  });
});
