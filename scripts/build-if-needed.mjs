// Builds the site when there is no build yet or the sources changed since the
// last one, so `npm start` always serves the code in the working tree without
// rebuilding (≈15 s) on every start.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const inputs = ["app", "components", "lib", "messages", "public", "prisma/schema.prisma", "proxy.ts", "instrumentation.ts", "next.config.ts", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];
const stampFile = ".next/amparo-source-hash";

function* files(entry) {
  if (!existsSync(entry)) return;
  if (statSync(entry).isDirectory()) {
    for (const name of readdirSync(entry).sort()) yield* files(path.join(entry, name));
  } else {
    yield entry;
  }
}

const hash = createHash("sha256");
for (const input of inputs) {
  for (const file of files(input)) hash.update(file).update(readFileSync(file));
}
hash.update(process.env.SITE_URL ?? "");
const digest = hash.digest("hex");

const built = existsSync(".next/BUILD_ID") && existsSync(stampFile) && readFileSync(stampFile, "utf8") === digest;
if (built) {
  console.log("The build is up to date.");
} else {
  console.log("Building the site (first start, or the code changed)…");
  const result = spawnSync("npx", ["next", "build", "--webpack"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stampFile, digest);
}
