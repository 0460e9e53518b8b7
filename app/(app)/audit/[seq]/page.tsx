import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EventDiff } from "@/components/audit/event-diff";
import { EventDetails, RawJson } from "@/components/audit/event-details";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { auditEvent, auditNames, EVERY_NAME } from "@/lib/audit/data";
import { auditSeqSchema } from "@/lib/audit/schema";
import { describeEvent } from "@/lib/audit/sentence";
import { requirePage } from "@/lib/auth/guard";
import { organizationSettings } from "@/lib/organization/data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit.event");
  return { title: t("metaTitle") };
}

export default async function AuditEventPage({ params }: { params: Promise<{ seq: string }> }) {
  await requirePage("audit.read", { kind: "organization" }, "page /audit/[seq]");
  const seq = auditSeqSchema.safeParse((await params).seq);
  const [event, { timeZone }, t] = await Promise.all([seq.success ? auditEvent(seq.data) : null, organizationSettings(), getTranslations("audit.event")]);
  if (!event) notFound();
  // Organization-wide readers only (audit.read on the organization): every name is theirs to see.
  const names = await auditNames([event], EVERY_NAME);
  const described = describeEvent(event, names, timeZone);
  return (
    <>
      <PageHeader
        title={t("title", { seq: event.seq })}
        description={described.sentence}
        actions={
          <Link href="/audit" className="text-sm font-semibold text-brand-800 underline underline-offset-2">
            {t("back")}
          </Link>
        }
      />
      <div className="space-y-4">
        <Card title={t("card")}>
          <EventDetails event={event} timeZone={described.when.timeZone} names={names} />
        </Card>
        <Card title={t("changes")}>
          <div className="space-y-3">
            <EventDiff before={event.before} after={event.after} />
            <RawJson label={t("before")} value={event.before} />
            <RawJson label={t("after")} value={event.after} />
          </div>
        </Card>
      </div>
    </>
  );
}
