import type { Metadata } from "next";
import { CATEGORY_LABELS } from "@/components/clearance/labels";
import { CreateTaskForm } from "@/components/reference/task-forms";
import { Badge, Card } from "@/components/ui/card";
import { DialogForm } from "@/components/ui/dialog-form";
import { TextAreaField, TextField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/guard";
import { retireTaskAction, updateTaskAction } from "@/lib/task/actions";
import { listTaskAdmin } from "@/lib/task/data";

export const metadata: Metadata = { title: "Task catalog" };

export default async function TasksPage() {
  await requirePage("reference.manage", { kind: "organization" }, "page /admin/tasks");
  const tasks = await listTaskAdmin();
  return (
    <>
      <PageHeader title="Task catalog" description="Renaming keeps every authorization, record and past answer attached to the task. Retiring stops offering it and keeps its history." />
      <div className="space-y-5">
        <Card title="Tasks">
          <ul className="divide-y divide-slate-100">
            {tasks.map((t) => (
              <li key={t.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0">
                  <p className="font-medium">
                    {t.parentId ? "↳ " : ""}
                    {t.name} <span className="font-mono text-xs text-muted">{t.code}</span> <Badge>{CATEGORY_LABELS[t.category]}</Badge>{" "}
                    {t.providerOnly ? <Badge tone="red">Provider only</Badge> : null} {t.retired ? <Badge tone="amber">Retired</Badge> : null}
                  </p>
                  <p className="text-sm text-muted">{t.description}</p>
                  {t.searchTerms.length > 0 ? <p className="text-xs text-muted">Also found by: {t.searchTerms.join(", ")}</p> : null}
                </div>
                <div className="flex shrink-0 gap-2">
                  <DialogForm action={updateTaskAction} label="Rename" subject={t.name} title={`Rename ${t.name}`} submitLabel="Save" hidden={{ taskId: t.id, version: t.version }}>
                    <TextField label="Name" name="name" required maxLength={120} defaultValue={t.name} />
                    <TextAreaField label="Description" name="description" required maxLength={1000} defaultValue={t.description} />
                    <TextAreaField label="Also found by" name="searchTerms" maxLength={2000} defaultValue={t.searchTerms.join(", ")} hint="Other words people use for the task, separated by commas." />
                  </DialogForm>
                  <DialogForm
                    action={retireTaskAction}
                    label={t.retired ? "Offer again" : "Retire"}
                    subject={t.name}
                    title={t.retired ? `Offer ${t.name} again?` : `Retire ${t.name}?`}
                    submitLabel={t.retired ? "Offer again" : "Retire"}
                    variant={t.retired ? "primary" : "danger"}
                    triggerVariant="secondary"
                    hidden={{ taskId: t.id, version: t.version, retire: t.retired ? "false" : "true" }}
                  >
                    <p className="text-sm text-muted">{t.retired ? "The task is offered again for new authorizations and checks." : "The task is no longer offered for new authorizations or checks. Its authorizations, records and past answers stay in history."}</p>
                  </DialogForm>
                </div>
              </li>
            ))}
          </ul>
        </Card>
        <Card title="Add a task">
          <CreateTaskForm parents={tasks.filter((t) => !t.parentId && !t.retired)} />
        </Card>
      </div>
    </>
  );
}
