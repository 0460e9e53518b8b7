import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Badge, Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { AccessForm } from "@/components/user/access-form";
import { AccountStatusForm, ResetPasswordForm } from "@/components/user/account-controls";
import { utcMoment } from "@/components/user/utc-moment";
import { requirePage } from "@/lib/auth/guard";
import { listLocations } from "@/lib/location/data";
import { listTasks } from "@/lib/task/data";
import { ResetSecondFactorForm } from "@/components/second-factor/account-forms";
import { factorStatus } from "@/lib/second-factor/data";
import { secondFactorRequired } from "@/lib/second-factor/policy";
import { getUserForAdmin } from "@/lib/user/data";
import { idSchema } from "@/lib/validation/fields";
import { EmailAddress } from "@/components/ui/email-address";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.user");
  return { title: t("metaTitle") };
}

export default async function UserPage({ params }: { params: Promise<{ userId: string }> }) {
  await requirePage("user.manage", { kind: "organization" }, "page /admin/users/[userId]");
  const { userId } = await params;
  const id = idSchema.safeParse(userId);
  const [user, locations, tasks] = await Promise.all([id.success ? getUserForAdmin(id.data) : null, listLocations(), listTasks()]);
  if (!user) notFound();
  const [factor, t, locale] = await Promise.all([factorStatus(user.id), getTranslations("admin"), getLocale()]);
  return (
    <ClientMessages paths={["admin.accessFields", "admin.accessForm", "admin.accountControls", "admin.roles", "security.renew", "security.reset", "security.turnOff", "signIn.setup"]}>
      <PageHeader
        title={user.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <EmailAddress email={user.email} />
            {user.active ? <Badge tone="green">{t("users.active")}</Badge> : <Badge>{t("users.inactive")}</Badge>}
            {user.mustChangePassword ? <Badge tone="amber">{t("users.mustChange")}</Badge> : null}
            <span>{t("user.lastSignIn", { when: user.lastSignInAt ? utcMoment(new Date(user.lastSignInAt), locale) : t("user.never") })}</span>
          </span>
        }
        actions={
          <Link href={`/people/${user.personId}`} className="text-sm font-semibold text-brand-800 underline">
            {t("user.personRecord")}
          </Link>
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title={t("user.access")}>
            <AccessForm userId={user.id} personId={user.personId} version={user.version} grants={user.grants} locations={locations} tasks={tasks} />
          </Card>
        </div>
        <div className="space-y-4">
          <Card title={t("user.password")}>
            <ResetPasswordForm userId={user.id} name={user.name} />
          </Card>
          <Card title={t("user.secondFactor")}>
            <p className="mb-3 text-sm">
              {factor.enrolled ? t("user.enrolled", { left: factor.recoveryCodesLeft }) : t("user.notEnrolled")}{" "}
              {secondFactorRequired(user.grants) ? t("user.required") : t("user.optional")}
            </p>
            <ResetSecondFactorForm userId={user.id} name={user.name} enrolled={factor.enrolled} />
          </Card>
          <Card title={t("user.accountStatus")}>
            <AccountStatusForm userId={user.id} name={user.name} active={user.active} />
          </Card>
        </div>
      </div>
    </ClientMessages>
  );
}
