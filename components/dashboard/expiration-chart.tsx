import { useLocale, useTranslations } from "next-intl";
import { intlLocale } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

// English month names stay as the chart always wrote them ("Sep", where British English writes "Sept").
const MONTH_LOCALE: Record<Locale, string> = { en: "en-US", es: intlLocale("es") };

/** Expirations per month as an SVG bar chart, with the numbers as text so nothing depends on colour or sight. */
export function ExpirationChart({ months }: { months: { month: string; count: number }[] }) {
  const t = useTranslations("dashboard.chart");
  const locale = useLocale();
  const max = Math.max(1, ...months.map((m) => m.count));
  const width = 640;
  const height = 180;
  const bar = width / months.length;
  const label = (month: string) => new Date(`${month}-15T12:00:00Z`).toLocaleString(MONTH_LOCALE[locale], { month: "short", timeZone: "UTC" });
  return (
    <figure>
      <svg viewBox={`0 0 ${width} ${height + 36}`} role="img" aria-labelledby="expirations-title" className="h-auto w-full">
        <title id="expirations-title">{t("title", { months: months.map((m) => t("month", { month: label(m.month), count: m.count })).join(", ") })}</title>
        {months.map((m, i) => {
          const h = Math.round((m.count / max) * height);
          return (
            <g key={m.month}>
              <rect x={i * bar + 6} y={height - h} width={bar - 12} height={h} rx={3} className="fill-brand-600" />
              <text x={i * bar + bar / 2} y={height - h - 4} textAnchor="middle" className="fill-ink text-[12px]">
                {m.count}
              </text>
              <text x={i * bar + bar / 2} y={height + 18} textAnchor="middle" className="fill-muted text-[12px]">
                {label(m.month)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="text-xs text-muted">{t("caption")}</figcaption>
    </figure>
  );
}
