import { SelectField } from "@/components/ui/field";

/** Which record time a reconstruction answers from: the moment itself, or today. */
export function KnownChoice({ value, error }: { value: "then" | "now"; error?: string }) {
  return (
    <SelectField label="Answer from" name="known" defaultValue={value} error={error} hint="Late entries (a revocation entered a week after) count only “as known today”.">
      <option value="then">What was on record then</option>
      <option value="now">Everything known today</option>
    </SelectField>
  );
}
