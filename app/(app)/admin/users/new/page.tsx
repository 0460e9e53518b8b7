import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { CreateUserForm } from "@/components/user/create-user-form";
import { requirePage } from "@/lib/auth/guard";
import { listLocations } from "@/lib/location/data";
import { listTasks } from "@/lib/task/data";

export const metadata: Metadata = { title: "New user" };

export default async function NewUserPage() {
  await requirePage("user.manage", { kind: "organization" }, "page /admin/users/new");
  const [locations, tasks] = await Promise.all([listLocations(), listTasks()]);
  return (
    <>
      <PageHeader title="New user" description="Creates the person and their sign-in. You will see a one-time temporary password." />
      <Card>
        <CreateUserForm locations={locations} tasks={tasks} today={new Date().toISOString().slice(0, 10)} />
      </Card>
    </>
  );
}
