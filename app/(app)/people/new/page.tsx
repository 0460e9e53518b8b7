import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { NewPersonForm } from "@/components/person/new-person-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireScope } from "@/lib/auth/guard";
import { listLocations } from "@/lib/location/data";
import { organizationSettings } from "@/lib/organization/data";
import { wallClock } from "@/lib/time/zoned";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("people");
  return { title: t("newPerson.metaTitle") };
}

export default async function NewPersonPage() {
  const { scope } = await requireScope("person.manage", "page /people/new");
  const [locations, { timeZone }, t] = await Promise.all([listLocations(scope), organizationSettings(), getTranslations("people")]);
  return (
    <ClientMessages paths={["people.newPerson", "people.tier"]}>
      <PageHeader title={t("newPerson.title")} description={t("newPerson.description")} />
      <Card>
        <NewPersonForm locations={locations} today={wallClock(new Date(), timeZone).date} />
      </Card>
    </ClientMessages>
  );
}
