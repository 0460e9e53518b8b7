import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("security.factor");
  return { title: t("metaTitle") };
}

export default async function SecurityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const [status, organization, query] = await Promise.all([factorStatus(actor.userId), organizationSettings(), searchParams]);
  const required = secondFactorRequired(actor.grants);
  const t = await getTranslations("security");
  return (
    <ClientMessages paths={["security.renew", "security.reset", "security.turnOff", "signIn.setup"]}>
      <PageHeader title={t("title")} description={actor.email} />
      {query.notice === "recovery-code-used" ? (
        <div className="mb-4">
          <Alert tone="warning" title={t("factor.recoveryUsed", { left: status.recoveryCodesLeft })}>
            {t("factor.recoveryUsedBody")}
          </Alert>
        </div>
      ) : null}
      <Card title={t("factor.card")} actions={status.enrolled ? <Badge tone="green">{t("factor.on")}</Badge> : <Badge>{t("factor.off")}</Badge>}>
        {status.enrolled ? (
          <div className="space-y-4 text-sm">
            <p>{t("factor.enrolled", { date: wallClock(new Date(status.confirmedAt!), organization.timeZone).date, left: status.recoveryCodesLeft })}</p>
            <div className="flex flex-wrap gap-2">
              <LinkButton href="/account/security/setup" variant="secondary">
                {t("factor.moveToNewPhone")}
              </LinkButton>
              <RenewRecoveryCodesForm />
            </div>
            {required ? <p className="text-muted">{t("factor.required")}</p> : <TurnOffSecondFactorForm />}
          </div>
        ) : (
          <div className="space-y-4 text-sm">
            <p>{t("factor.offIntro")}</p>
            <LinkButton href="/account/security/setup">{t("factor.setUp")}</LinkButton>
          </div>
        )}
      </Card>
    </ClientMessages>
  );
}
