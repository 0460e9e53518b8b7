import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireScope } from "@/lib/auth/guard";
import { listLocations } from "@/lib/location/data";
import { stateName } from "@/lib/location/us-states";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("locations.list");
  return { title: t("title") };
}

export default async function LocationsPage() {
  const { scope } = await requireScope("arrangement.read", "page /locations");
  const locations = await listLocations(scope);
  const t = await getTranslations("locations.list");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {locations.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          {locations.map((l) => (
            <Card key={l.id}>
              <Link href={`/locations/${l.id}`} className="text-lg font-semibold text-brand-800 underline-offset-2 hover:underline">
                {l.name}
              </Link>
              <p className="text-sm text-muted">
                {l.address} · {stateName(l.state)} · {l.timeZone}
              </p>
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
