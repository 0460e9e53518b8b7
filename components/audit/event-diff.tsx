import { useTranslations } from "next-intl";
import { Badge, EmptyState } from "@/components/ui/card";
import type { JsonValue } from "@/lib/audit/chain";
import { diffJson, formatPath, type FieldChange } from "@/lib/audit/diff";

const TONE: Record<FieldChange["kind"], "green" | "red" | "amber"> = { added: "green", removed: "red", changed: "amber" };

function Value({ value }: { value: JsonValue | undefined }) {
  if (value === undefined) return <span className="text-muted">—</span>;
  return <code className="whitespace-pre-wrap break-all font-mono text-xs">{JSON.stringify(value)}</code>;
}

/** What the event changed, field by field (nested fields by their path). */
export function EventDiff({ before, after }: { before: JsonValue; after: JsonValue }) {
  const t = useTranslations("audit.diff");
  if (before === null && after === null) return <EmptyState title={t("noValues")} />;
  const changes = diffJson(before, after);
  if (changes.length === 0) return <EmptyState title={t("noChange")} />;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="text-xs uppercase text-muted">
          <tr>
            <th scope="col" className="py-2 pr-3">
              {t("field")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("change")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("before")}
            </th>
            <th scope="col" className="py-2">
              {t("after")}
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
                  <Badge tone={TONE[c.kind]}>{t(`kinds.${c.kind}`)}</Badge>
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
