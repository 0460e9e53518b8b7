import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/card";
import type { Standing } from "@/lib/exception/interval";
import { describeException } from "@/lib/exception/wording";
import { wallClock } from "@/lib/time/zoned";
import { CancelException } from "./cancel-exception";

type Listed = Standing & { locationId: string; timeZone: string; locationName?: string };

/** Exceptions standing at a location (or a provider's own), with a link to change each and a cancel button. */
export function ExceptionList({ exceptions, own, editHref, empty, readOnly = false }: { exceptions: Listed[]; own?: { id: string; name: string }; editHref?: (e: Listed) => string; empty: string; readOnly?: boolean }) {
  const t = useTranslations("exceptions.list");
  const locale = useLocale();
  if (exceptions.length === 0) return <EmptyState title={empty} />;
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {exceptions.map((e) => (
        <li key={e.lineageId} className="flex flex-wrap items-center justify-between gap-2 py-2.5">
          <span>
            {describeException(e, locale)}
            {e.locationName ? <span className="text-muted"> · {e.locationName}</span> : null}
          </span>
          <span className="flex items-center gap-3">
            {editHref ? (
              <Link href={editHref(e)} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                {t("change")}
              </Link>
            ) : null}
            {!readOnly ? <CancelException exception={{ ...e, fromDate: wallClock(e.startsAt, e.timeZone).date }} own={Boolean(own)} description={describeException(e, locale)} /> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
