// Which errors mean "the database server cannot be reached", as opposed to a
// bad query or a bug: those get a 503 and mark the database down. They come
// either straight from node-postgres (a socket error, a server shutting down)
// or wrapped by Prisma 7's driver adapter. Checked against a real server whose
// connection was cut (tests/integration/database-outage.test.ts):
// - model queries: PrismaClientKnownRequestError P1001, meta.driverAdapterError.cause.kind "DatabaseNotReachable";
// - raw queries: P2010 with the same meta;
// - a query on a pooled connection that just broke: pg's own Error "Connection terminated unexpectedly"
//   (no code), which @prisma/adapter-pg rethrows as it is.

/** Node's socket errors when a server refuses, drops or never answers. */
const socketCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);

/**
 * SQLSTATE: class 08 (connection exception), and 57P01–57P03 (the server is
 * shutting down or starting: admin_shutdown, crash_shutdown, cannot_connect_now).
 */
const sqlStatePattern = /^(08[0-9A-Z]{3}|57P0[123])$/;

/** Prisma's codes for a server it cannot reach, that timed out or closed the connection. */
const prismaCodes = new Set(["P1001", "P1002", "P1008", "P1017"]);

/** @prisma/adapter-pg's kinds for the same. */
const adapterKinds = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);

/** node-postgres and pg-pool raise these without a code. */
const pgMessages = [
  "Connection terminated unexpectedly",
  "Connection terminated due to connection timeout",
  "timeout exceeded when trying to connect",
  "Client has encountered a connection error and is not queryable",
];

type Inspectable = { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; meta?: unknown; cause?: unknown };

function isConnectionCode(code: unknown): boolean {
  return typeof code === "string" && (socketCodes.has(code) || sqlStatePattern.test(code) || prismaCodes.has(code));
}

export function isDatabaseUnavailableError(error: unknown): boolean {
  return check(error, 0);
}

function check(error: unknown, depth: number): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const { code, kind, originalCode, message, meta, cause } = error as Inspectable;
  if (isConnectionCode(code) || isConnectionCode(originalCode)) return true;
  if (typeof kind === "string" && adapterKinds.has(kind)) return true;
  if (typeof message === "string" && pgMessages.some((known) => message.includes(known))) return true;
  // Prisma keeps the adapter's error in meta.driverAdapterError; the adapter's own error keeps the details in cause.
  const wrapped = meta && typeof meta === "object" ? (meta as { driverAdapterError?: unknown }).driverAdapterError : undefined;
  return check(wrapped, depth + 1) || check(cause, depth + 1);
}
