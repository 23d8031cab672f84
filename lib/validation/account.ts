import { z } from "zod";
import { maxPasswordLength } from "@/lib/auth/password-policy";

/** An e-mail address as accounts store it: trimmed and lower-case. */
export const accountEmailSchema = z.string().trim().toLowerCase().pipe(z.email()).pipe(z.string().max(254));

export const accountNameSchema = z.string().trim().min(1).max(120);

export const signInSchema = z.object({
  email: accountEmailSchema,
  password: z.string().min(1).max(maxPasswordLength),
});
