"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/field";
import { updatePersonAction } from "@/lib/person/actions";
import { PersonDialog } from "./person-dialog";

/** Name and employee ID: edited in place (they name the person; no decision reads them). */
export function PersonEditDialog({ person }: { person: { id: string; version: number; firstName: string; lastName: string; employeeId: string | null } }) {
  const t = useTranslations("people");
  return (
    <PersonDialog action={updatePersonAction} scope="edit-person" label={t("edit.button")} title={t("edit.title")} submitLabel={t("edit.save")} hidden={{ personId: person.id, version: person.version }}>
      {(field) => (
        <>
          <TextField {...field("firstName")} label={t("edit.firstName")} required maxLength={100} defaultValue={person.firstName} autoComplete="off" />
          <TextField {...field("lastName")} label={t("edit.lastName")} required maxLength={100} defaultValue={person.lastName} autoComplete="off" />
          <TextField {...field("employeeId")} label={t("edit.employeeId")} maxLength={40} defaultValue={person.employeeId ?? ""} hint={t("edit.employeeIdHint")} autoComplete="off" />
        </>
      )}
    </PersonDialog>
  );
}
