import { getTranslations } from "next-intl/server";
import { CopyButton } from "@/components/offices/copy-button";

/**
 * A referral as text: a WhatsApp link that carries it, and a read-only box to
 * select and copy it (a copy button too when JavaScript is on).
 */
export async function ShareText({ text, label }: { text: string; label: string }) {
  const t = await getTranslations("Office");
  return (
    <>
      <p>
        <a
          href={`https://wa.me/?text=${encodeURIComponent(text)}`}
          rel="noreferrer"
          className="inline-block rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:text-white"
        >
          {t("shareWhatsapp")}
        </a>
      </p>
      <label htmlFor="referral-text" className="block font-medium">
        {label}
      </label>
      <textarea
        id="referral-text"
        readOnly
        rows={Math.min(24, text.split("\n").length + 1)}
        defaultValue={text}
        className="block w-full rounded border border-gray-400 p-2 font-mono text-sm"
      />
      <CopyButton targetId="referral-text" label={t("copy")} doneLabel={t("copied")} />
    </>
  );
}
