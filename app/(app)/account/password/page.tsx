import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm } from "@/components/user/change-password-form";
import { requireActorAllowingPasswordChange } from "@/lib/auth/guard";
import { returnPathFrom } from "@/lib/auth/return-to";

export const metadata: Metadata = { title: "Change password" };

export default async function ChangePasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActorAllowingPasswordChange();
  // Set when a forced change interrupted the way to a page: sign-in afterwards still leads there.
  const returnTo = returnPathFrom(await searchParams);
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
        <ChangePasswordForm returnTo={returnTo} />
      </Card>
    </>
  );
}
