import type { Metadata } from "next";
import { VerifyNotice } from "@/components/clearance/verify-notice";
import { RuleForm } from "@/components/reference/rule-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/guard";
import { organizationSettings } from "@/lib/organization/data";
import { listTasks } from "@/lib/task/data";
import { wallClock } from "@/lib/time/zoned";

export const metadata: Metadata = { title: "New state rule" };

export default async function NewRulePage() {
  await requirePage("reference.manage", { kind: "organization" }, "page /rules/new");
  const [tasks, { timeZone }] = await Promise.all([listTasks(), organizationSettings()]);
  return (
    <>
      <PageHeader title="New state rule" description="Enter what the law says, with its citation and source. Cleared records it; it does not interpret the law." />
      <div className="space-y-4">
        <VerifyNotice />
        <Card>
          <RuleForm tasks={tasks} today={wallClock(new Date(), timeZone).date} />
        </Card>
      </div>
    </>
  );
}
