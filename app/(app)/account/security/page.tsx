import type { Metadata } from "next";
import { RenewRecoveryCodesForm, TurnOffSecondFactorForm } from "@/components/second-factor/account-forms";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { wallClock } from "@/lib/time/zoned";
import { organizationSettings } from "@/lib/organization/data";
import { factorStatus } from "@/lib/second-factor/data";
import { secondFactorRequired } from "@/lib/second-factor/policy";

export const metadata: Metadata = { title: "Sign-in security" };

export default async function SecurityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const [status, organization, query] = await Promise.all([factorStatus(actor.userId), organizationSettings(), searchParams]);
  const required = secondFactorRequired(actor.grants);
  return (
    <>
      <PageHeader title="Account" description={actor.email} />
      {query.notice === "recovery-code-used" ? (
        <div className="mb-4">
          <Alert tone="warning" title={`You signed in with a recovery code. ${status.recoveryCodesLeft} left.`}>
            If you lost your phone, set the app up again on your new one below, and make new recovery codes.
          </Alert>
        </div>
      ) : null}
      <Card title="Second factor (authenticator app)" actions={status.enrolled ? <Badge tone="green">On</Badge> : <Badge>Off</Badge>}>
        {status.enrolled ? (
          <div className="space-y-4 text-sm">
            <p>
              Set up on {wallClock(new Date(status.confirmedAt!), organization.timeZone).date}. Signing in takes your password and a code from the app. {status.recoveryCodesLeft} of 10 recovery codes unused.
            </p>
            <div className="flex flex-wrap gap-2">
              <LinkButton href="/account/security/setup" variant="secondary">
                Move to a new phone
              </LinkButton>
              <RenewRecoveryCodesForm />
            </div>
            {required ? <p className="text-muted">Your role requires a second factor, so it cannot be turned off.</p> : <TurnOffSecondFactorForm />}
          </div>
        ) : (
          <div className="space-y-4 text-sm">
            <p>Add a code from an authenticator app on your phone to your password, so that a stolen password alone cannot open your account.</p>
            <LinkButton href="/account/security/setup">Set up authenticator app</LinkButton>
          </div>
        )}
      </Card>
    </>
  );
}
