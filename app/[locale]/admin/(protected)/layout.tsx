import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";
import { signOut } from "@/lib/actions/auth";

// Checks the session for the chrome; every page and action below checks again for itself.
export default async function ProtectedAdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const user = await requireUser();
  const t = await getTranslations("Admin");
  const links = [
    ["", t("home")],
    ["/organizations", t("organizations")],
    ["/offices", t("offices")],
    ["/services", t("services")],
    ["/legal-notes", t("legalNotes")],
    ["/sources", t("sources")],
    ["/translations", t("translations")],
    ["/reports", t("reports")],
    ["/audit", t("audit")],
    ...(user.role === "admin" ? [["/users", t("users")]] : []),
  ] as const;
  return (
    <div className="space-y-6">
      <div className="space-y-2 border-b border-gray-300 pb-3">
        <p className="text-sm text-gray-700">{t("signedInAs", { name: user.name, role: t(`role.${user.role}`) })}</p>
        <nav aria-label={t("navigation")}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {links.map(([path, label]) => (
              <li key={path}>
                <a href={`/${locale}/admin${path}`}>{label}</a>
              </li>
            ))}
            <li>
              <form action={signOut}>
                <button type="submit" className="text-brand-700 underline underline-offset-2">
                  {t("signOut")}
                </button>
              </form>
            </li>
          </ul>
        </nav>
      </div>
      {children}
    </div>
  );
}
