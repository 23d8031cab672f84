// Closing a problem report in the admin queue (the public form's schema is
// reportFormSchema in lib/data/problem-reports.ts).
import { z } from "zod";
import { formText } from "@/lib/validation/text";

export const closeReportSchema = z.object({ id: z.uuid(), resolution: formText.trim().max(1000) });
