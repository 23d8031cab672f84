import type { ReactNode } from "react";
import { OfflineCopyNotice } from "@/components/offline/offline-copy-notice";

// A template, not a layout: it is rendered anew on each client-side
// navigation, so a notice shown on a saved copy does not stay on the next,
// live page.
export default function PublicTemplate({ children }: { children: ReactNode }) {
  return (
    <>
      <OfflineCopyNotice />
      {children}
    </>
  );
}
