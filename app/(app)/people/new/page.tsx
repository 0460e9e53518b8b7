import type { Metadata } from "next";
import { NewPersonForm } from "@/components/person/new-person-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireScope } from "@/lib/auth/guard";
import { listLocations } from "@/lib/location/data";
import { organizationSettings } from "@/lib/organization/data";
import { wallClock } from "@/lib/time/zoned";

export const metadata: Metadata = { title: "Add a person" };

export default async function NewPersonPage() {
  const { scope } = await requireScope("person.manage", "page /people/new");
  const [locations, { timeZone }] = await Promise.all([listLocations(scope), organizationSettings()]);
  return (
    <>
      <PageHeader title="Add a person" description="A medical assistant, a provider or other staff, from their first day at one of your locations. Give them a sign-in later if they need one." />
      <Card>
        <NewPersonForm locations={locations} today={wallClock(new Date(), timeZone).date} />
      </Card>
    </>
  );
}
