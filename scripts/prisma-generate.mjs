// Generates the Prisma client without downloading native engines: this project
// only uses driver adapters (Rust-free client), but `prisma generate` still
// looks for a schema engine binary; pointing it at any existing executable is
// enough (see docs/decisions/002-prisma-without-native-engines.md).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? (existsSync("/bin/false") ? "/bin/false" : process.execPath),
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate", "--schema", "prisma/schema.prisma"], {
  stdio: "inherit",
  env,
});
process.exit(result.status ?? 1);
