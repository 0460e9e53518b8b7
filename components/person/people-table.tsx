"use client";

import Link from "next/link";
import { useState } from "react";
import { rolesLabel } from "@/components/shell/labels";
import { Badge } from "@/components/ui/card";
import { tierLabel } from "@/lib/person/credentials";
import type { NotClearedKind } from "@/lib/person/compliance";
import type { PeopleListRow } from "@/lib/person/list-row";
import { KIND_LABELS, expiringText } from "@/lib/person/wording";
import { PeopleBulkActions, type BulkOptions } from "./people-bulk";

const BADGE_TONES = { gap: "red", check_first: "blue", outside_hours: "amber" } as const;
const CELL = "block py-1 sm:table-cell sm:px-3 sm:py-3 sm:align-top";
const HEAD = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-muted";

/** What a small screen shows before a cell, where the table's header row is not shown. */
function Caption({ children }: { children: React.ReactNode }) {
  return <span className="mr-1 font-medium text-muted sm:hidden">{children}:</span>;
}

function NotCleared({ row }: { row: PeopleListRow }) {
  const tasks = row.compliance.notCleared;
  if (tasks === null) return <span className="text-muted">Not applicable</span>;
  if (tasks.length === 0) return <Badge tone="green">Cleared for every authorized task</Badge>;
  const count = (kind: NotClearedKind) => tasks.filter((t) => t.kind === kind).length;
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-1">
        {(["gap", "check_first", "outside_hours"] as const).map((kind) =>
          count(kind) > 0 ? (
            <Badge key={kind} tone={BADGE_TONES[kind]}>
              {count(kind)} {KIND_LABELS[kind]}
            </Badge>
          ) : null,
        )}
      </div>
      <ul className="text-xs text-muted">
        {tasks.map((t) => (
          <li key={`${t.locationId}-${t.taskId}`}>
            {t.taskName}
            {row.locations.length > 1 ? ` (${t.locationName})` : ""}: {KIND_LABELS[t.kind]}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Expiring({ row }: { row: PeopleListRow }) {
  const records = row.compliance.expiring;
  if (records.length === 0) return <span className="text-muted">None</span>;
  return (
    <div className="space-y-1">
      <Badge tone="amber">{expiringText(records.length, records[0]!.daysLeft)}</Badge>
      <ul className="text-xs text-muted">
        {records.map((r) => (
          <li key={r.lineageId}>
            {r.title}: until {r.expiresOn}
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
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const toggle = (id: string) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  return (
    <>
      <PeopleBulkActions rows={rows.filter((r) => selected.has(r.id))} options={bulk} onDone={() => setSelected(new Set())} />
      <label className="inline-flex min-h-11 items-center gap-2 border-b border-slate-200 pb-2 text-sm font-medium sm:min-h-0">
        <input type="checkbox" className="size-5 accent-brand-700 sm:size-4" checked={allSelected} onChange={() => setSelected(allSelected ? new Set() : new Set(rows.map((r) => r.id)))} />
        Select everyone on this page
      </label>
      <table className="block w-full text-sm sm:table">
        <caption className="sr-only">People on this page, with their compliance</caption>
        <thead className="sr-only sm:not-sr-only sm:table-header-group">
          <tr className="border-b border-slate-200">
            <th scope="col" className={HEAD}>
              <span className="sr-only">Selected</span>
            </th>
            <th scope="col" className={HEAD}>Name</th>
            <th scope="col" className={HEAD}>Role and tier</th>
            <th scope="col" className={HEAD}>Locations</th>
            <th scope="col" className={HEAD}>Authorized tasks not cleared now</th>
            <th scope="col" className={HEAD}>Expiring within 30 days</th>
          </tr>
        </thead>
        <tbody className="block divide-y divide-slate-100 sm:table-row-group">
          {rows.map((row) => (
            <tr key={row.id} className="block py-3 sm:table-row">
              <td className={`${CELL} float-left mr-3 sm:float-none`}>
                <input id={`select-${row.id}`} type="checkbox" className="size-5 accent-brand-700 sm:size-4" checked={selected.has(row.id)} onChange={() => toggle(row.id)} />
                <label htmlFor={`select-${row.id}`} className="sr-only">
                  Select {row.name}
                </label>
              </td>
              <td className={CELL}>
                <Link href={`/people/${row.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                  {row.name}
                </Link>
              </td>
              <td className={CELL}>
                <Caption>Role</Caption>
                {rolesLabel(row)}
                {row.isMedicalAssistant ? <span className="block text-xs text-muted">{tierLabel(row.credentialTier)}</span> : null}
              </td>
              <td className={CELL}>
                <Caption>Locations</Caption>
                {row.locations.map((l) => l.name).join(", ") || "No location"}
              </td>
              <td className={CELL}>
                <Caption>Authorized tasks not cleared now</Caption>
                <NotCleared row={row} />
              </td>
              <td className={CELL}>
                <Caption>Expiring within 30 days</Caption>
                <Expiring row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
