import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApiReferenceView } from "@/components/openapi/api-reference";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { openApiDocument } from "@/lib/openapi/document";
import { apiReference } from "@/lib/openapi/reference";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apiReference");
  return { title: t("metaTitle") };
}

/** For anyone signed in (the integrator is often not the admin who creates the token); it holds no data. */
export default async function ApiReferencePage() {
  await requireActor();
  const reference = apiReference(openApiDocument());
  const t = await getTranslations("apiReference");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t.rich("description", {
          description: reference.description,
          link: (chunks) => (
            <a href="/api/v1/openapi.json" className="text-brand-800 underline">
              {chunks}
            </a>
          ),
        })}
      />
      <ApiReferenceView reference={reference} />
    </>
  );
}
