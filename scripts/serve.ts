// `npm start`: serves the production build through Next's own request
// handler, behind the guards in lib/http/entry-point.ts (client address from
// the connection and TRUSTED_PROXY_HOPS, 400 for malformed paths, the 503 page
// on the first failed query of an outage), the page cache (decision 025) and
// public pages without the client runtime (decision 029). Takes `next
// start`'s -p and -H.
import "@/scripts/lib/load-env";
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { z } from "zod";
import { env } from "@/lib/env";

const argsSchema = z.object({
  port: z.coerce.number().int().min(1).max(65_535, "-p must be a port number (1–65535)"),
  hostname: z.string().min(1).optional(),
});

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  allowPositionals: false,
});
const args = argsSchema.safeParse({ port: values.port ?? process.env.PORT ?? 3000, hostname: values.hostname });
if (!args.success) {
  console.error(args.error.issues.map((issue) => issue.message).join("\n"));
  process.exit(1);
}
const { port, hostname } = args.data;

const app = next({ dev: false, dir: process.cwd(), port, hostname: hostname ?? "localhost" });
const handle = app.getRequestHandler();
await app.prepare();
// Loaded only now: it translates with next-intl, whose imports reach Next's request storage, which
// Next sets up during prepare().
const { guardRequests } = await import("@/lib/http/entry-point");
const { servePagesFromCache } = await import("@/lib/http/cached-pages");
const { servePlainPages } = await import("@/lib/http/plain-pages");
const { listenForWrites } = await import("@/lib/cache/listener");
const { keepApiAnswersIn } = await import("@/lib/api/answer-cache");
const { pageCache } = await import("@/lib/cache/page-cache");

// Instances on one PostgreSQL database hear each other's writes; on the embedded database there is one process.
const listener = env.PAGE_CACHE === "on" && env.DATABASE_URL ? listenForWrites(env.DATABASE_URL) : undefined;
// The public API keeps its answers in the same cache, dropped by the same writes (lib/api/answer-cache.ts).
if (env.PAGE_CACHE === "on") keepApiAnswersIn(pageCache());
// Public pages leave without Next's client runtime (decision 029); the cache keeps them so.
const plainPages = servePlainPages((req, res) => handle(req, res));
const pages = env.PAGE_CACHE === "on" ? servePagesFromCache(plainPages) : plainPages;
const server = createServer(guardRequests(pages, { trustedHops: env.TRUSTED_PROXY_HOPS }));
server.listen(port, hostname, () => {
  const shown = hostname ?? "localhost";
  console.log(`Amparo is ready on http://${shown}:${port} (trusted proxy hops: ${env.TRUSTED_PROXY_HOPS}, page cache: ${env.PAGE_CACHE})`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close();
    // Open keep-alive connections would hold the process; the site keeps no state worth waiting for.
    server.closeAllConnections();
    void listener?.close();
    process.exit(0);
  });
}
