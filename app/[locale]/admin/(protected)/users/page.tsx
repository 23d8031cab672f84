import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AccountForm } from "@/components/admin/account-form";
import { setAccountActive } from "@/lib/actions/users";
import { requireAdmin } from "@/lib/auth/session";
import { listAccounts } from "@/lib/data/admin/users";
import type { Locale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: Locale }> };

export default async function AdminUsersPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const me = await requireAdmin();
  const t = await getTranslations("AdminUsers");
  const ta = await getTranslations("Admin");
  const format = await getFormatter();
  const accounts = await listAccounts();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <section aria-labelledby="accounts-heading" className="space-y-2">
        <h2 id="accounts-heading" className="text-xl font-semibold">{t("listHeading")}</h2>
        <ul className="divide-y divide-gray-200">
          {accounts.map((account) => (
            <li key={account.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <strong>{account.name}</strong> · {account.email} · {ta(`role.${account.role}`)}
                {account.active ? null : ` · ${t("inactive")}`}
                <span className="block text-sm text-gray-700">{t("since", { date: format.dateTime(account.createdAt, { dateStyle: "medium" }) })}</span>
              </span>
              {account.id === me.id ? null : (
                <form action={setAccountActive}>
                  <input type="hidden" name="id" value={account.id} />
                  <input type="hidden" name="active" value={String(!account.active)} />
                  <button type="submit" className="button-secondary">
                    {account.active ? t("deactivate", { email: account.email }) : t("activate", { email: account.email })}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="new-account-heading" className="space-y-2">
        <h2 id="new-account-heading" className="text-xl font-semibold">{t("newHeading")}</h2>
        <p>{t("newIntro")}</p>
        <AccountForm />
      </section>
    </div>
  );
}
