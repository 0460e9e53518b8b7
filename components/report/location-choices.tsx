import { useTranslations } from "next-intl";
import { Choice, ChoiceGroup } from "@/components/ui/field";

/** Checkboxes for the locations a report covers; none checked means every one in reach. */
export function LocationChoices({ locations, selected, error }: { locations: { id: string; name: string; state: string }[]; selected: readonly string[]; error?: string }) {
  const t = useTranslations("reports.locationChoices");
  return (
    <ChoiceGroup legend={t("legend")} name="location" error={error} hint={t("hint")}>
      {locations.map((l) => (
        <Choice key={l.id} name="location" value={l.id} label={`${l.name} (${l.state})`} defaultChecked={selected.includes(l.id)} />
      ))}
    </ChoiceGroup>
  );
}
