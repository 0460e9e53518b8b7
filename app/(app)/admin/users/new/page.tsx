import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { CreateUserForm } from "@/components/user/create-user-form";
import { requirePage } from "@/lib/auth/guard";
import { listLocations } from "@/lib/location/data";
import { listTasks } from "@/lib/task/data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.newUser");
  return { title: t("metaTitle") };
}

export default async function NewUserPage() {
  await requirePage("user.manage", { kind: "organization" }, "page /admin/users/new");
  const [locations, tasks] = await Promise.all([listLocations(), listTasks()]);
  const t = await getTranslations("admin.newUser");
  return (
    <ClientMessages paths={["admin.accessFields", "admin.accountControls", "admin.createUser", "admin.roles"]}>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CreateUserForm locations={locations} tasks={tasks} today={new Date().toISOString().slice(0, 10)} />
      </Card>
    </ClientMessages>
  );
}
