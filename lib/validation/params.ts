import { z } from "zod";

/** A slug from the URL: anything else cannot match a record, so it is a 404 without a query. */
export const slugParamSchema = z
  .string()
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
