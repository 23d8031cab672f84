import type { Metadata } from "next";
import type { ReactNode } from "react";
import { ServiceWorkerScript } from "@/components/offline/service-worker-script";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// Public pages only: the admin area gets neither the manifest nor the offline worker.
export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  return { manifest: `/${locale}/manifest.webmanifest` };
}

export default function PublicLayout({ children }: Props) {
  return (
    <>
      {children}
      <ServiceWorkerScript />
    </>
  );
}
