// Command-line scripts read .env / .env.local exactly as `next start` does, so
// both always talk to the same database. Import this before anything else.
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd());
