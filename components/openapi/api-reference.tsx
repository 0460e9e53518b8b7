import { useTranslations } from "next-intl";
import { Badge, Card } from "@/components/ui/card";
import type { ApiReference, ReferenceEndpoint } from "@/lib/openapi/reference";

// Scrollable regions get focus and a name, so keyboard users can scroll them on a narrow screen.
const scrollable = "overflow-x-auto focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-700";

const code = (chunks: React.ReactNode) => <code>{chunks}</code>;

/** The API reference, read from the generated OpenAPI document (lib/openapi/reference.ts). */
export function ApiReferenceView({ reference }: { reference: ApiReference }) {
  const t = useTranslations("apiReference");
  return (
    <div className="space-y-6">
      <Card title={t("authentication")}>
        <p className="text-sm">{reference.authentication}</p>
        <p className="mt-2 text-sm">{t.rich("sessionNote", { code })}</p>
      </Card>
      {reference.endpoints.map((endpoint) => (
        <Endpoint key={endpoint.id} endpoint={endpoint} />
      ))}
    </div>
  );
}

function Endpoint({ endpoint }: { endpoint: ReferenceEndpoint }) {
  const t = useTranslations("apiReference");
  const { method, path } = endpoint;
  return (
    <Card title={endpoint.summary}>
      <p className="font-mono text-sm break-all">
        <Badge tone="blue">{endpoint.method}</Badge> {endpoint.path}
      </p>
      <p className="mt-2 text-sm">{endpoint.description}</p>
      <p className="mt-2 text-sm">
        {endpoint.scopes.length > 0 ? t.rich("tokenScope", { scopes: endpoint.scopes.join(", "), code }) : t("tokenScopeNone")}
      </p>

      <h3 className="mt-4 text-sm font-semibold">{t("parameters")}</h3>
      <div className={scrollable} role="region" aria-label={t("parametersOf", { path })} tabIndex={0}>
        <table className="mt-1 w-full text-left text-sm">
          <caption className="sr-only">{t("parametersCaption", { method, path })}</caption>
          <thead className="text-xs uppercase text-muted">
            <tr>
              <th scope="col" className="py-2 pr-4">{t("name")}</th>
              <th scope="col" className="py-2 pr-4">{t("required")}</th>
              <th scope="col" className="py-2 pr-4">{t("descriptionColumn")}</th>
              <th scope="col" className="py-2">{t("example")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {endpoint.parameters.map((p) => (
              <tr key={p.name}>
                <th scope="row" className="py-2 pr-4 font-mono font-medium">{p.name}</th>
                <td className="py-2 pr-4">{p.required ? t("required") : t("optional")}</td>
                <td className="py-2 pr-4">
                  {p.description} {p.format ? <span className="text-muted">({p.format})</span> : null}
                </td>
                <td className="py-2 font-mono text-xs break-all">{p.example ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 className="mt-4 text-sm font-semibold">{t("example")}</h3>
      <pre className={`mt-1 rounded-md bg-slate-900 p-3 text-xs text-slate-50 ${scrollable}`} role="region" aria-label={t("exampleOf", { path })} tabIndex={0}>
        <code>{endpoint.curl}</code>
      </pre>
      <p className="mt-1 text-xs text-muted">{t.rich("envNote", { code })}</p>

      <h3 className="mt-4 text-sm font-semibold">{t("answers")}</h3>
      <div className={scrollable} role="region" aria-label={t("answersOf", { path })} tabIndex={0}>
        <table className="mt-1 w-full text-left text-sm">
          <caption className="sr-only">{t("answersCaption", { method, path })}</caption>
          <thead className="text-xs uppercase text-muted">
            <tr>
              <th scope="col" className="py-2 pr-4">{t("status")}</th>
              <th scope="col" className="py-2 pr-4">{t("meaning")}</th>
              <th scope="col" className="py-2">{t("body")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {endpoint.responses.map((r) => (
              <tr key={r.status}>
                <th scope="row" className="py-2 pr-4 font-mono font-medium">{r.status}</th>
                <td className="py-2 pr-4">{r.description}</td>
                <td className="py-2 font-mono text-xs">{r.mediaType ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
