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
import { ResetSecondFactorForm } from "@/components/second-factor/account-forms";
import { factorStatus } from "@/lib/second-factor/data";
import { secondFactorRequired } from "@/lib/second-factor/policy";
import { getUserForAdmin } from "@/lib/user/data";
import { idSchema } from "@/lib/validation/fields";
import { EmailAddress } from "@/components/ui/email-address";

export const metadata: Metadata = { title: "User" };

export default async function UserPage({ params }: { params: Promise<{ userId: string }> }) {
  await requirePage("user.manage", { kind: "organization" }, "page /admin/users/[userId]");
  const { userId } = await params;
  const id = idSchema.safeParse(userId);
  const [user, locations, tasks] = await Promise.all([id.success ? getUserForAdmin(id.data) : null, listLocations(), listTasks()]);
  if (!user) notFound();
  const factor = await factorStatus(user.id);
  return (
    <>
      <PageHeader
        title={user.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <EmailAddress email={user.email} />
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
          <Card title="Second factor">
            <p className="mb-3 text-sm">
              {factor.enrolled ? `Authenticator app set up; ${factor.recoveryCodesLeft} of 10 recovery codes unused.` : "No authenticator app set up."}{" "}
              {secondFactorRequired(user.grants) ? "Required for this user's roles." : "Optional for this user's roles."}
            </p>
            <ResetSecondFactorForm userId={user.id} name={user.name} enrolled={factor.enrolled} />
          </Card>
          <Card title="Account status">
            <AccountStatusForm userId={user.id} name={user.name} active={user.active} />
          </Card>
        </div>
      </div>
    </>
  );
}
