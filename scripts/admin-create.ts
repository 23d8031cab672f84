// `ADMIN_EMAIL=... ADMIN_PASSWORD=... [ADMIN_NAME=...] [ADMIN_ROLE=editor] npm run admin:create`:
// creates the first admin account (or another account; admins usually add
// editors on the accounts page). Nothing is created when
// the address is taken or the password is weak.
import "@/scripts/lib/load-env";
import { passwordProblem, minPasswordLength } from "@/lib/auth/password-policy";
import { createAccount } from "@/lib/auth/users";
import { accountEmailSchema, accountNameSchema } from "@/lib/validation/account";
import { describeTarget, withPreparedDatabase } from "@/scripts/lib/with-database";

const problems: Record<string, string> = {
  tooShort: `ADMIN_PASSWORD is too short: use at least ${minPasswordLength} characters (a few unrelated words work well).`,
  tooLong: "ADMIN_PASSWORD is too long (at most 256 characters).",
  tooGuessable:
    "ADMIN_PASSWORD is too easy to guess (a common password, a name, a keyboard pattern or your e-mail). Use a longer passphrase of unrelated words.",
};

const email = accountEmailSchema.safeParse(process.env.ADMIN_EMAIL ?? "");
const password = process.env.ADMIN_PASSWORD ?? "";
const role = process.env.ADMIN_ROLE === "editor" ? "editor" : "admin";
if (process.env.ADMIN_ROLE && !["admin", "editor"].includes(process.env.ADMIN_ROLE)) {
  console.error("ADMIN_ROLE must be admin or editor.");
  process.exit(2);
}
const name = accountNameSchema.safeParse(process.env.ADMIN_NAME ?? (email.success ? email.data.split("@")[0] : ""));

if (!email.success) {
  console.error("ADMIN_EMAIL must be a valid e-mail address, e.g. ADMIN_EMAIL=ana@example.org ADMIN_PASSWORD=... npm run admin:create");
  process.exit(2);
}
const problem = passwordProblem(password, [email.data, ...email.data.split(/[@.]/)]);
if (problem) {
  console.error(problems[problem]);
  process.exit(2);
}
if (!name.success) {
  console.error("ADMIN_NAME must be 1 to 120 characters.");
  process.exit(2);
}

await withPreparedDatabase(async ({ adapter, prisma }) => {
  if (await prisma.user.findUnique({ where: { email: email.data } })) {
    console.error(`An account for ${email.data} already exists in the ${describeTarget(adapter)}; nothing changed.`);
    process.exitCode = 1;
    return;
  }
  await createAccount(prisma, { email: email.data, name: name.data, role, password }, { id: null, email: "npm run admin:create" });
  console.log(`Created ${role} ${email.data} in the ${describeTarget(adapter)}. Sign in at /es/admin/login.`);
});
