import { z } from "zod";
import { idList } from "@/lib/validation/fields";

/**
 * The CSV of people selected on the People list, as query parameters (a GET, like every export):
 * the ids repeated. A selection is at most a page of the list, with room to spare.
 */
export const peopleExportSchema = z.object({ person: idList("people", { min: 1, max: 100 }) });
