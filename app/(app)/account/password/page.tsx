import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm } from "@/components/user/change-password-form";
import { requireActorAllowingPasswordChange } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Change password" };

export default async function ChangePasswordPage() {
  const actor = await requireActorAllowingPasswordChange();
  return (
    <>
      <PageHeader title="Account" description={actor.email} />
      <Card title="Change password">
        {actor.mustChangePassword ? (
          <div className="mb-4">
            <Alert tone="warning" title="Choose a new password to continue">
              Your password was set by an administrator. Replace it with one only you know.
            </Alert>
          </div>
        ) : null}
        <ChangePasswordForm />
      </Card>
    </>
  );
}
