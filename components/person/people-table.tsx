"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { rolesLabel } from "@/components/shell/labels";
import { Badge } from "@/components/ui/card";
import type { NotClearedKind } from "@/lib/person/compliance";
import type { PeopleListRow } from "@/lib/person/list-row";
import { shownDay } from "./local-moment";
import { PeopleBulkActions, type BulkOptions } from "./people-bulk";
import { tierText } from "./tier-label";

const BADGE_TONES = { gap: "red", check_first: "blue", outside_hours: "amber" } as const;
const CELL = "block py-1 sm:table-cell sm:px-3 sm:py-3 sm:align-top";
const HEAD = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-muted";

/** What a small screen shows before a cell, where the table's header row is not shown. */
function Caption({ children }: { children: React.ReactNode }) {
  return <span className="mr-1 font-medium text-muted sm:hidden">{children}:</span>;
}

function NotCleared({ row }: { row: PeopleListRow }) {
  const t = useTranslations("people");
  const tasks = row.compliance.notCleared;
  if (tasks === null) return <span className="text-muted">{t("table.notApplicable")}</span>;
  if (tasks.length === 0) return <Badge tone="green">{t("table.allCleared")}</Badge>;
  const count = (kind: NotClearedKind) => tasks.filter((t) => t.kind === kind).length;
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-1">
        {(["gap", "check_first", "outside_hours"] as const).map((kind) =>
          count(kind) > 0 ? (
            <Badge key={kind} tone={BADGE_TONES[kind]}>
              {t(`kindCount.${kind}`, { count: count(kind) })}
            </Badge>
          ) : null,
        )}
      </div>
      <ul className="text-xs text-muted">
        {tasks.map((task) => (
          <li key={`${task.locationId}-${task.taskId}`}>
            {row.locations.length > 1 ? t("table.taskAtKind", { task: task.taskName, location: task.locationName, kind: t(`kind.${task.kind}`) }) : t("table.taskKind", { task: task.taskName, kind: t(`kind.${task.kind}`) })}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Expiring({ row }: { row: PeopleListRow }) {
  const t = useTranslations("people");
  const locale = useLocale();
  const records = row.compliance.expiring;
  if (records.length === 0) return <span className="text-muted">{t("table.none")}</span>;
  return (
    <div className="space-y-1">
      <Badge tone="amber">{t("table.expiringCount", { count: records.length, days: records[0]!.daysLeft })}</Badge>
      <ul className="text-xs text-muted">
        {records.map((r) => (
          <li key={r.lineageId}>
            {t("table.until", { title: r.title, date: shownDay(r.expiresOn, locale) })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The page of people: a table on wide screens, one card per person on a phone (the same markup, so
 * a selection survives a resize). Rows can be selected for the bulk actions, one by one or the whole
 * page at once.
 */
export function PeopleTable({ rows, bulk }: { rows: PeopleListRow[]; bulk: BulkOptions }) {
  const t = useTranslations("people");
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const toggle = (id: string) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  return (
    <>
      <PeopleBulkActions rows={rows.filter((r) => selected.has(r.id))} options={bulk} onDone={() => setSelected(new Set())} />
      <label className="inline-flex min-h-11 items-center gap-2 border-b border-slate-200 pb-2 text-sm font-medium sm:min-h-0">
        <input type="checkbox" className="size-5 accent-brand-700 sm:size-4" checked={allSelected} onChange={() => setSelected(allSelected ? new Set() : new Set(rows.map((r) => r.id)))} />
        {t("table.selectAll")}
      </label>
      <table className="block w-full text-sm sm:table">
        <caption className="sr-only">{t("table.caption")}</caption>
        <thead className="sr-only sm:not-sr-only sm:table-header-group">
          <tr className="border-b border-slate-200">
            <th scope="col" className={HEAD}>
              <span className="sr-only">{t("table.selected")}</span>
            </th>
            <th scope="col" className={HEAD}>
              {t("table.name")}
            </th>
            <th scope="col" className={HEAD}>
              {t("table.roleAndTier")}
            </th>
            <th scope="col" className={HEAD}>
              {t("table.locations")}
            </th>
            <th scope="col" className={HEAD}>
              {t("table.notCleared")}
            </th>
            <th scope="col" className={HEAD}>
              {t("table.expiring")}
            </th>
          </tr>
        </thead>
        <tbody className="block divide-y divide-slate-100 sm:table-row-group">
          {rows.map((row) => (
            <tr key={row.id} className="block py-3 sm:table-row">
              <td className={`${CELL} float-left mr-3 sm:float-none`}>
                <input id={`select-${row.id}`} type="checkbox" className="size-5 accent-brand-700 sm:size-4" checked={selected.has(row.id)} onChange={() => toggle(row.id)} />
                <label htmlFor={`select-${row.id}`} className="sr-only">
                  {t("table.select", { name: row.name })}
                </label>
              </td>
              <td className={CELL}>
                <Link href={`/people/${row.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                  {row.name}
                </Link>
              </td>
              <td className={CELL}>
                <Caption>{t("table.role")}</Caption>
                {rolesLabel(row)}
                {row.isMedicalAssistant ? <span className="block text-xs text-muted">{tierText(t, row.credentialTier)}</span> : null}
              </td>
              <td className={CELL}>
                <Caption>{t("table.locations")}</Caption>
                {row.locations.map((l) => l.name).join(", ") || t("table.noLocation")}
              </td>
              <td className={CELL}>
                <Caption>{t("table.notCleared")}</Caption>
                <NotCleared row={row} />
              </td>
              <td className={CELL}>
                <Caption>{t("table.expiring")}</Caption>
                <Expiring row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
