import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/field";

/** Which record time a reconstruction answers from: the moment itself, or today. */
export function KnownChoice({ value, error }: { value: "then" | "now"; error?: string }) {
  const t = useTranslations("reports.knownChoice");
  return (
    <SelectField label={t("label")} name="known" defaultValue={value} error={error} hint={t("hint")}>
      <option value="then">{t("then")}</option>
      <option value="now">{t("now")}</option>
    </SelectField>
  );
}
