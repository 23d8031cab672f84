import { redirect } from "next/navigation";
import { defaultLocale } from "@/lib/i18n/locales";

// A path outside any locale ("/xyz" that the proxy did not localise): send it to the Spanish site.
export default function RootNotFound() {
  redirect(`/${defaultLocale}`);
}
