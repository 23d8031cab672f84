// Runs once when the server starts, before it answers any request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { keepCompressionMemoryAcrossFlushes } = await import("@/lib/http/compression-flush");
  keepCompressionMemoryAcrossFlushes();
}
