import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AuditEventTable } from "@/components/audit/audit-event-table";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { ChainVerification } from "@/components/audit/chain-verification";
import { HeadCheckForm } from "@/components/audit/head-check-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/policy";
import { auditFilterChoices, auditNames, EVERY_NAME, listAuditEvents, verifyAuditChain } from "@/lib/audit/data";
import { activeFilters, auditQuery } from "@/lib/audit/filter";
import { describeEvent } from "@/lib/audit/sentence";
import { auditCursorSchema, auditFilterSchema } from "@/lib/audit/schema";
import { requirePage } from "@/lib/auth/guard";
import { localize, localizeFields } from "@/lib/i18n/localize";
import { organizationSettings } from "@/lib/organization/data";
import { listPeople } from "@/lib/person/data";
import { zodFieldErrors } from "@/lib/validation/form-data";
import { queryString } from "@/lib/http/query";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

const ORGANIZATION = { kind: "organization" } as const;
const FILTER_FIELDS = ["actor", "action", "entityType", "entityId", "person", "from", "to"] as const;

type SearchParams = Record<string, string | string[] | undefined>;

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePage("audit.read", ORGANIZATION, "page /audit");
  const params = await searchParams;
  const canVerify = can(actor, "audit.verify", ORGANIZATION);
  const filter = auditFilterSchema.safeParse(params);
  const cursor = auditCursorSchema.safeParse(params);
  const [{ timeZone }, t, locale] = await Promise.all([organizationSettings(), getTranslations("audit"), getLocale()]);
  const [check, choices, people, page] = await Promise.all([
    canVerify && params.verify === "1" ? verifyAuditChain() : null,
    auditFilterChoices(),
    listPeople("all"),
    filter.success && cursor.success ? listAuditEvents(auditQuery(filter.data, timeZone), { before: cursor.data.before }) : null,
  ]);
  // The page is for organization-wide readers (audit.read on the organization), so every name is theirs to see.
  const names = page ? await auditNames(page.events, EVERY_NAME) : null;
  const listed = page && names ? page.events.map((e) => ({ seq: e.seq, described: describeEvent(e, names, timeZone) })) : [];
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const values = Object.fromEntries(FILTER_FIELDS.map((name) => [name, first(params[name])]));
  const errors = filter.success ? {} : localizeFields(zodFieldErrors(filter.error), locale);
  const kept = filter.success ? activeFilters(filter.data) : {};
  const before = cursor.success ? cursor.data.before : null;
  const link = (path: string, extra: Record<string, string> = {}) => {
    const query = queryString({ ...kept, ...extra });
    return query ? `${path}?${query}` : path;
  };
  return (
    <ClientMessages paths={["audit.head"]}>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-4">
        {canVerify ? (
          <div className="grid gap-4 lg:grid-cols-2">
            <Card title={t("chainCard")}>
              <ChainVerification check={check} />
            </Card>
            <Card title={t("headCard")}>
              <HeadCheckForm />
            </Card>
          </div>
        ) : null}
        <Card
          title={t("eventsCard")}
          actions={
            page ? (
              <a href={link("/api/audit/events")} download className={buttonClass("secondary")}>
                {t("downloadCsv")}
              </a>
            ) : null
          }
        >
          <div className="space-y-4">
            <AuditFilterForm values={values} errors={errors} choices={{ ...choices, people }} timeZone={timeZone} />
            {!filter.success ? (
              <Alert tone="error" title={t("checkFilters")}>
                {Object.values(errors).join(" ")}
              </Alert>
            ) : null}
            {!cursor.success ? <Alert tone="error" title={localize(cursor.error.issues[0]?.message ?? t("badCursor"), locale)} /> : null}
            {page ? (
              <>
                <AuditEventTable events={listed} caption={t("caption", { hasBefore: before ? "yes" : "no", before: before ?? "" })} />
                {before || page.older ? (
                  <nav aria-label={t("pages")} className="flex flex-wrap gap-2">
                    {before ? (
                      <Link href={link("/audit")} className={buttonClass("secondary")}>
                        {t("newest")}
                      </Link>
                    ) : null}
                    {page.older ? (
                      <Link href={link("/audit", { before: String(page.older) })} className={buttonClass("secondary")}>
                        {t("older")}
                      </Link>
                    ) : null}
                  </nav>
                ) : null}
              </>
            ) : null}
          </div>
        </Card>
      </div>
    </ClientMessages>
  );
}
