import QRCode from "qrcode";

/**
 * A QR code of `url`, drawn on the server as SVG (no image request, no
 * third-party service). The markup comes from the qrcode library and encodes
 * our own URL only.
 */
export async function QrCode({ url, caption, className }: { url: string; caption: string; className?: string }) {
  const svg = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return (
    <figure className={className}>
      <div className="h-32 w-32" role="img" aria-label={caption} dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption className="text-xs">{caption}</figcaption>
    </figure>
  );
}
