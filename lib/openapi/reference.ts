import { BEARER, type OpenApiDocument } from "./document";

/**
 * The reference page's reading of the OpenAPI document, pure: every endpoint with its parameters,
 * scope, answers and an example call, taken from the generated document so that the page and the
 * JSON never say different things.
 */
export type ReferenceParameter = { name: string; required: boolean; description: string; format: string; example: string | null };
export type ReferenceResponse = { status: string; description: string; mediaType: string | null };
export type ReferenceEndpoint = {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  scopes: string[];
  parameters: ReferenceParameter[];
  responses: ReferenceResponse[];
  curl: string;
};
export type ApiReference = { title: string; description: string; authentication: string; endpoints: ReferenceEndpoint[] };

type Operation = NonNullable<NonNullable<OpenApiDocument["paths"]>[string]["get"]>;

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

/** The object itself; the generator inlines everything a page shows, so a reference is skipped. */
function resolved<T extends object>(value: T | undefined): Exclude<T, { $ref: string }> | null {
  return value && !("$ref" in value) ? (value as Exclude<T, { $ref: string }>) : null;
}

export function apiReference(document: OpenApiDocument): ApiReference {
  const bearer = resolved(document.components?.securitySchemes?.[BEARER]);
  const endpoints = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = item[method];
      return operation ? [endpoint(method, path, operation)] : [];
    }),
  );
  return { title: document.info.title, description: document.info.description ?? "", authentication: bearer?.description ?? "", endpoints };
}

function endpoint(method: string, path: string, operation: Operation): ReferenceEndpoint {
  const parameters = (operation.parameters ?? []).flatMap((p) => {
    const parameter = resolved(p);
    if (!parameter) return [];
    const schema = resolved(parameter.schema);
    const example = parameter.example ?? schema?.example;
    const format = [schema?.type, schema?.format].filter(Boolean).join(", ");
    return [{ name: parameter.name, required: parameter.required ?? false, description: parameter.description ?? "", format, example: example === undefined ? null : String(example) }];
  });
  const responses = Object.entries(operation.responses ?? {}).flatMap(([status, r]) => {
    const response = resolved(r);
    return response ? [{ status, description: response.description, mediaType: Object.keys(response.content ?? {})[0] ?? null }] : [];
  });
  return {
    id: operation.operationId ?? `${method}-${path}`,
    method: method.toUpperCase(),
    path,
    summary: operation.summary ?? path,
    description: operation.description ?? "",
    scopes: (operation.security ?? []).flatMap((requirement) => requirement[BEARER] ?? []),
    parameters,
    responses,
    curl: curlExample(path, parameters),
  };
}

/**
 * An example call with a token, every parameter at its example value. The server's address and
 * the token are shell variables: the page cannot know which address the reader's integration uses.
 */
function curlExample(path: string, parameters: ReferenceParameter[]): string {
  // Colons are legal in a query and keep a date-time readable.
  const query = parameters
    .filter((p) => p.example !== null)
    .map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(p.example!).replaceAll("%3A", ":")}`)
    .join("&");
  return `curl -H "Authorization: Bearer $CLEARED_TOKEN" \\\n  "$CLEARED_URL${path}${query ? `?${query}` : ""}"`;
}
