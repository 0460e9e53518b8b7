import type { Metadata } from "next";
import { ApiReferenceView } from "@/components/openapi/api-reference";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { openApiDocument } from "@/lib/openapi/document";
import { apiReference } from "@/lib/openapi/reference";

export const metadata: Metadata = { title: "API reference" };

/** For anyone signed in (the integrator is often not the admin who creates the token); it holds no data. */
export default async function ApiReferencePage() {
  await requireActor();
  const reference = apiReference(openApiDocument());
  return (
    <>
      <PageHeader
        title="API reference"
        description={
          <>
            {reference.description}{" "}
            <a href="/api/v1/openapi.json" className="text-brand-800 underline">
              The OpenAPI 3.1 document (JSON)
            </a>{" "}
            describes the same routes for code generators.
          </>
        }
      />
      <ApiReferenceView reference={reference} />
    </>
  );
}
