import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { AccessForm } from "@/components/user/access-form";
import { AccountStatusForm, ResetPasswordForm } from "@/components/user/account-controls";
import { requirePage } from "@/lib/auth/guard";
import { listLocations } from "@/lib/location/data";
import { listTasks } from "@/lib/task/data";
import { getUserForAdmin } from "@/lib/user/data";
import { idSchema } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "User" };

export default async function UserPage({ params }: { params: Promise<{ userId: string }> }) {
  await requirePage("user.manage", { kind: "organization" }, "page /admin/users/[userId]");
  const { userId } = await params;
  const id = idSchema.safeParse(userId);
  const [user, locations, tasks] = await Promise.all([id.success ? getUserForAdmin(id.data) : null, listLocations(), listTasks()]);
  if (!user) notFound();
  return (
    <>
      <PageHeader
        title={user.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="break-all">{user.email}</span>
            {user.active ? <Badge tone="green">Active</Badge> : <Badge>Deactivated</Badge>}
            {user.mustChangePassword ? <Badge tone="amber">Must change password</Badge> : null}
            <span>Last sign-in: {user.lastSignInAt ? new Date(user.lastSignInAt).toUTCString() : "never"}</span>
          </span>
        }
        actions={
          <Link href={`/people/${user.personId}`} className="text-sm font-semibold text-brand-800 underline">
            Person record
          </Link>
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title="Roles and locations">
            <AccessForm userId={user.id} personId={user.personId} version={user.version} grants={user.grants} locations={locations} tasks={tasks} />
          </Card>
        </div>
        <div className="space-y-4">
          <Card title="Password">
            <ResetPasswordForm userId={user.id} name={user.name} />
          </Card>
          <Card title="Account status">
            <AccountStatusForm userId={user.id} name={user.name} active={user.active} />
          </Card>
        </div>
      </div>
    </>
  );
}
