"use client";

import { TextField } from "@/components/ui/field";
import { updatePersonAction } from "@/lib/person/actions";
import { PersonDialog } from "./person-dialog";

/** Name and employee ID: edited in place (they name the person; no decision reads them). */
export function PersonEditDialog({ person }: { person: { id: string; version: number; firstName: string; lastName: string; employeeId: string | null } }) {
  return (
    <PersonDialog action={updatePersonAction} scope="edit-person" label="Edit name and employee ID" title="Name and employee ID" submitLabel="Save" hidden={{ personId: person.id, version: person.version }}>
      {(field) => (
        <>
          <TextField {...field("firstName")} label="First name" required maxLength={100} defaultValue={person.firstName} autoComplete="off" />
          <TextField {...field("lastName")} label="Last name" required maxLength={100} defaultValue={person.lastName} autoComplete="off" />
          <TextField {...field("employeeId")} label="Employee ID (optional)" maxLength={40} defaultValue={person.employeeId ?? ""} hint="The employer's staff number, as spreadsheets name the person." autoComplete="off" />
        </>
      )}
    </PersonDialog>
  );
}
