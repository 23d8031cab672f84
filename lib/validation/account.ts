import { z } from "zod";
import { maxPasswordLength } from "@/lib/auth/password-policy";
import { formText } from "@/lib/validation/text";

/** An e-mail address as accounts store it: trimmed and lower-case. */
export const accountEmailSchema = formText.trim().toLowerCase().pipe(z.email()).pipe(z.string().max(254));

export const accountNameSchema = formText.trim().min(1).max(120);

export const signInSchema = z.object({
  email: accountEmailSchema,
  password: z.string().min(1).max(maxPasswordLength),
});

/** The accounts page's "new account" form (the password is checked by passwordProblem afterwards). */
export const newAccountSchema = z.object({
  email: accountEmailSchema,
  name: accountNameSchema,
  role: z.enum(["admin", "editor"]),
  password: z.string(),
});
