import { getTranslations } from "next-intl/server";

// Hidden on the live page. When the service worker answers with a saved copy,
// it removes `hidden` and writes the date into <time> (public/sw-rules.js,
// markAsCopy), in the HTML itself: no script, so it shows even where scripts
// fail. React must keep those edits when it hydrates, hence suppressHydrationWarning.
// The marker also means "this page is the same for everyone and may be saved
// on the device": only public pages render it (never the admin area).
export async function OfflineCopyNotice() {
  const t = await getTranslations("Offline");
  return (
    <p
      data-offline-copy=""
      hidden
      suppressHydrationWarning
      className="mb-6 rounded border border-warn-800 bg-warn-50 p-3 font-medium text-warn-800"
    >
      {t.rich("copyNotice", {
        time: (chunks) => (
          <time data-saved-at="" suppressHydrationWarning>
            {chunks}
          </time>
        ),
      })}
    </p>
  );
}
