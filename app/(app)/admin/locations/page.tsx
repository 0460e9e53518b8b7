import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LocationForm } from "@/components/reference/location-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/guard";
import { listLocationsForAdmin } from "@/lib/location/data";
import { stateName } from "@/lib/location/us-states";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.locations");
  return { title: t("metaTitle") };
}

export default async function LocationsAdminPage({ searchParams }: { searchParams: Promise<{ edit?: string }> }) {
  await requirePage("reference.manage", { kind: "organization" }, "page /admin/locations");
  const locations = await listLocationsForAdmin();
  const { edit } = await searchParams;
  const editing = locations.find((l) => l.id === edit);
  const t = await getTranslations("admin.locations");
  return (
    <ClientMessages paths={["admin.locationForm"]}>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-5">
        <Card title={t("list")}>
          <ul className="divide-y divide-slate-100 text-sm">
            {locations.map((l) => (
              <li key={l.id} className="py-2.5">
                <Link href={`/admin/locations?edit=${l.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                  {l.name}
                </Link>{" "}
                · {l.address} · {stateName(l.state)} · {l.timeZone}
                {l.requiresCheckIn ? ` · ${t("checkIn")}` : ""}
              </li>
            ))}
          </ul>
        </Card>
        <Card title={editing ? t("edit", { name: editing.name }) : t("add")}>
          <LocationForm key={editing?.id ?? "new"} defaults={editing} />
        </Card>
      </div>
    </ClientMessages>
  );
}
