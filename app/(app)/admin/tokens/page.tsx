import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { CreateTokenForm } from "@/components/token/create-token-form";
import { TokenTable } from "@/components/token/token-table";
import { requirePage } from "@/lib/auth/guard";
import { listLocations } from "@/lib/location/data";
import { organizationSettings } from "@/lib/organization/data";
import { listTokens } from "@/lib/token/data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.tokens");
  return { title: t("metaTitle") };
}

export default async function TokensPage() {
  await requirePage("user.manage", { kind: "organization" }, "page /admin/tokens");
  const [tokens, locations, { timeZone }] = await Promise.all([listTokens(), listLocations(), organizationSettings()]);
  const t = await getTranslations("admin.tokens");
  return (
    <ClientMessages paths={["admin.createToken", "admin.revokeToken"]}>
      <PageHeader
        title={t("title")}
        description={t.rich("description", {
          link: (chunks) => (
            <Link href="/api-reference" className="text-brand-800 underline">
              {chunks}
            </Link>
          ),
        })}
      />
      <div className="space-y-6">
        <Card title={t("tokens")}>
          <TokenTable tokens={tokens} locationNames={new Map(locations.map((l) => [l.id, l.name]))} timeZone={timeZone} now={new Date()} />
        </Card>
        <Card title={t("newToken")}>
          <CreateTokenForm locations={locations.map((l) => ({ id: l.id, name: l.name }))} />
        </Card>
      </div>
    </ClientMessages>
  );
}
