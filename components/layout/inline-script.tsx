import { headers } from "next/headers";
import { nonceFromPolicy } from "@/lib/http/security-headers";

/**
 * A script written into the page, allowed by this response's CSP nonce. The
 * browser hides the nonce attribute once it has read it, hence
 * suppressHydrationWarning (the admin area still hydrates).
 */
export async function InlineScript({ source }: { source: string }) {
  const nonce = nonceFromPolicy((await headers()).get("content-security-policy"));
  return <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: source }} />;
}
