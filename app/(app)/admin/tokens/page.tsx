import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { CreateTokenForm } from "@/components/token/create-token-form";
import { TokenTable } from "@/components/token/token-table";
import { requirePage } from "@/lib/auth/guard";
import { listLocations } from "@/lib/location/data";
import { organizationSettings } from "@/lib/organization/data";
import { listTokens } from "@/lib/token/data";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  await requirePage("user.manage", { kind: "organization" }, "page /admin/tokens");
  const [tokens, locations, { timeZone }] = await Promise.all([listTokens(), listLocations(), organizationSettings()]);
  return (
    <>
      <PageHeader
        title="API tokens"
        description={
          <>
            Tokens let integrations such as a scheduling system call /api/v1 with Authorization: Bearer. Every call is on the audit trail. The{" "}
            <Link href="/api-reference" className="text-brand-800 underline">
              API reference
            </Link>{" "}
            lists the routes and the scope each needs.
          </>
        }
      />
      <div className="space-y-6">
        <Card title="Tokens">
          <TokenTable tokens={tokens} locationNames={new Map(locations.map((l) => [l.id, l.name]))} timeZone={timeZone} now={new Date()} />
        </Card>
        <Card title="New token">
          <CreateTokenForm locations={locations.map((l) => ({ id: l.id, name: l.name }))} />
        </Card>
      </div>
    </>
  );
}
