import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { categoryLabel } from "@/components/clearance/labels";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CreateTaskForm } from "@/components/reference/task-forms";
import { Badge, Card } from "@/components/ui/card";
import { DialogForm } from "@/components/ui/dialog-form";
import { TextAreaField, TextField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/guard";
import { retireTaskAction, updateTaskAction } from "@/lib/task/actions";
import { listTaskAdmin } from "@/lib/task/data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.tasks");
  return { title: t("metaTitle") };
}

export default async function TasksPage() {
  await requirePage("reference.manage", { kind: "organization" }, "page /admin/tasks");
  const [tasks, t, locale] = await Promise.all([listTaskAdmin(), getTranslations("admin.tasks"), getLocale()]);
  return (
    <ClientMessages paths={["admin.taskForm"]}>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-5">
        <Card title={t("tasks")}>
          <ul className="divide-y divide-slate-100">
            {tasks.map((task) => (
              <li key={task.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0">
                  <p className="font-medium">
                    {task.parentId ? "↳ " : ""}
                    {task.name} <span className="font-mono text-xs text-muted">{task.code}</span> <Badge>{categoryLabel(task.category, locale)}</Badge>{" "}
                    {task.providerOnly ? <Badge tone="red">{t("providerOnly")}</Badge> : null} {task.retired ? <Badge tone="amber">{t("retired")}</Badge> : null}
                  </p>
                  <p className="text-sm text-muted">{task.description}</p>
                  {task.searchTerms.length > 0 ? <p className="text-xs text-muted">{t("alsoFoundByList", { terms: task.searchTerms.join(", ") })}</p> : null}
                </div>
                <div className="flex shrink-0 gap-2">
                  <DialogForm action={updateTaskAction} label={t("rename")} subject={task.name} title={t("renameTitle", { name: task.name })} submitLabel={t("save")} hidden={{ taskId: task.id, version: task.version }}>
                    <TextField label={t("name")} name="name" required maxLength={120} defaultValue={task.name} />
                    <TextAreaField label={t("descriptionLabel")} name="description" required maxLength={1000} defaultValue={task.description} />
                    <TextAreaField label={t("alsoFoundBy")} name="searchTerms" maxLength={2000} defaultValue={task.searchTerms.join(", ")} hint={t("renameTermsHint")} />
                  </DialogForm>
                  <DialogForm
                    action={retireTaskAction}
                    label={task.retired ? t("offerAgain") : t("retire")}
                    subject={task.name}
                    title={task.retired ? t("offerAgainTitle", { name: task.name }) : t("retireTitle", { name: task.name })}
                    submitLabel={task.retired ? t("offerAgain") : t("retire")}
                    variant={task.retired ? "primary" : "danger"}
                    triggerVariant="secondary"
                    hidden={{ taskId: task.id, version: task.version, retire: task.retired ? "false" : "true" }}
                  >
                    <p className="text-sm text-muted">{task.retired ? t("offerAgainBody") : t("retireBody")}</p>
                  </DialogForm>
                </div>
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t("add")}>
          <CreateTaskForm parents={tasks.filter((task) => !task.parentId && !task.retired)} />
        </Card>
      </div>
    </ClientMessages>
  );
}
