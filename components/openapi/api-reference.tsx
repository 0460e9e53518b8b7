import { Badge, Card } from "@/components/ui/card";
import type { ApiReference, ReferenceEndpoint } from "@/lib/openapi/reference";

// Scrollable regions get focus and a name, so keyboard users can scroll them on a narrow screen.
const scrollable = "overflow-x-auto focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-700";

/** The API reference, read from the generated OpenAPI document (lib/openapi/reference.ts). */
export function ApiReferenceView({ reference }: { reference: ApiReference }) {
  return (
    <div className="space-y-6">
      <Card title="Authentication">
        <p className="text-sm">{reference.authentication}</p>
        <p className="mt-2 text-sm">
          Signed-in users&apos; browsers may call the same routes with their session. Errors are problem details (RFC 9457, <code>application/problem+json</code>):
          a <code>title</code>, the <code>status</code>, a <code>detail</code> saying what to do and, for a refused query, <code>errors</code> naming each field.
        </p>
      </Card>
      {reference.endpoints.map((endpoint) => (
        <Endpoint key={endpoint.id} endpoint={endpoint} />
      ))}
    </div>
  );
}

function Endpoint({ endpoint }: { endpoint: ReferenceEndpoint }) {
  return (
    <Card title={endpoint.summary}>
      <p className="font-mono text-sm break-all">
        <Badge tone="blue">{endpoint.method}</Badge> {endpoint.path}
      </p>
      <p className="mt-2 text-sm">{endpoint.description}</p>
      <p className="mt-2 text-sm">
        Token scope: {endpoint.scopes.length > 0 ? <code>{endpoint.scopes.join(", ")}</code> : "none"}
      </p>

      <h3 className="mt-4 text-sm font-semibold">Parameters</h3>
      <div className={scrollable} role="region" aria-label={`Parameters of ${endpoint.path}`} tabIndex={0}>
        <table className="mt-1 w-full text-left text-sm">
          <caption className="sr-only">Query parameters of {endpoint.method} {endpoint.path}</caption>
          <thead className="text-xs uppercase text-muted">
            <tr>
              <th scope="col" className="py-2 pr-4">Name</th>
              <th scope="col" className="py-2 pr-4">Required</th>
              <th scope="col" className="py-2 pr-4">Description</th>
              <th scope="col" className="py-2">Example</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {endpoint.parameters.map((p) => (
              <tr key={p.name}>
                <th scope="row" className="py-2 pr-4 font-mono font-medium">{p.name}</th>
                <td className="py-2 pr-4">{p.required ? "Required" : "Optional"}</td>
                <td className="py-2 pr-4">
                  {p.description} {p.format ? <span className="text-muted">({p.format})</span> : null}
                </td>
                <td className="py-2 font-mono text-xs break-all">{p.example ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 className="mt-4 text-sm font-semibold">Example</h3>
      <pre className={`mt-1 rounded-md bg-slate-900 p-3 text-xs text-slate-50 ${scrollable}`} role="region" aria-label={`Example call of ${endpoint.path}`} tabIndex={0}>
        <code>{endpoint.curl}</code>
      </pre>
      <p className="mt-1 text-xs text-muted">
        <code>CLEARED_URL</code> is this server&apos;s address, <code>CLEARED_TOKEN</code> a token with the scope above.
      </p>

      <h3 className="mt-4 text-sm font-semibold">Answers</h3>
      <div className={scrollable} role="region" aria-label={`Answers of ${endpoint.path}`} tabIndex={0}>
        <table className="mt-1 w-full text-left text-sm">
          <caption className="sr-only">Answers of {endpoint.method} {endpoint.path}</caption>
          <thead className="text-xs uppercase text-muted">
            <tr>
              <th scope="col" className="py-2 pr-4">Status</th>
              <th scope="col" className="py-2 pr-4">Meaning</th>
              <th scope="col" className="py-2">Body</th>
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
