import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { VerifyNotice } from "@/components/clearance/verify-notice";
import { ClientMessages } from "@/components/i18n/client-messages";
import { RuleForm } from "@/components/reference/rule-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/guard";
import { organizationSettings } from "@/lib/organization/data";
import { listTasks } from "@/lib/task/data";
import { wallClock } from "@/lib/time/zoned";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rules.new");
  return { title: t("metaTitle") };
}

export default async function NewRulePage() {
  await requirePage("reference.manage", { kind: "organization" }, "page /rules/new");
  const [tasks, { timeZone }] = await Promise.all([listTasks(), organizationSettings()]);
  const t = await getTranslations("rules.new");
  return (
    <ClientMessages paths={["rules.form", "whatIf.impact"]}>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-4">
        <VerifyNotice />
        <Card>
          <RuleForm tasks={tasks} today={wallClock(new Date(), timeZone).date} />
        </Card>
      </div>
    </ClientMessages>
  );
}
