import { Badge, EmptyState } from "@/components/ui/card";
import type { JsonValue } from "@/lib/audit/chain";
import { diffJson, formatPath, type FieldChange } from "@/lib/audit/diff";

const KIND: Record<FieldChange["kind"], { label: string; tone: "green" | "red" | "amber" }> = {
  added: { label: "Added", tone: "green" },
  removed: { label: "Removed", tone: "red" },
  changed: { label: "Changed", tone: "amber" },
};

function Value({ value }: { value: JsonValue | undefined }) {
  if (value === undefined) return <span className="text-muted">—</span>;
  return <code className="whitespace-pre-wrap break-all font-mono text-xs">{JSON.stringify(value)}</code>;
}

/** What the event changed, field by field (nested fields by their path). */
export function EventDiff({ before, after }: { before: JsonValue; after: JsonValue }) {
  if (before === null && after === null) return <EmptyState title="This event records no before or after values." />;
  const changes = diffJson(before, after);
  if (changes.length === 0) return <EmptyState title="No field changed: before and after are the same." />;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Field changes from before to after</caption>
        <thead className="text-xs uppercase text-muted">
          <tr>
            <th scope="col" className="py-2 pr-3">
              Field
            </th>
            <th scope="col" className="py-2 pr-3">
              Change
            </th>
            <th scope="col" className="py-2 pr-3">
              Before
            </th>
            <th scope="col" className="py-2">
              After
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {changes.map((c) => {
            const path = formatPath(c.path);
            return (
              <tr key={`${c.kind} ${path}`}>
                <th scope="row" className="break-all py-2 pr-3 font-mono text-xs font-medium">
                  {path}
                </th>
                <td className="py-2 pr-3">
                  <Badge tone={KIND[c.kind].tone}>{KIND[c.kind].label}</Badge>
                </td>
                <td className="py-2 pr-3">
                  <Value value={c.kind === "added" ? undefined : c.before} />
                </td>
                <td className="py-2">
                  <Value value={c.kind === "removed" ? undefined : c.after} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
