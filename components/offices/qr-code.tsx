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
      {/* The code takes the figure's width, whatever it is on screen or paper, so it never spills out of its box. */}
      <div className="aspect-square w-full [&>svg]:block [&>svg]:h-full [&>svg]:w-full" role="img" aria-label={caption} dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption className="text-xs">{caption}</figcaption>
    </figure>
  );
}
