// Two `npm start` instances of the built site on one PostgreSQL database,
// behind nginx from Debian, for tests/e2e/many-instances.spec.ts. nginx runs
// as this test's own process, with its configuration, pid file, logs and
// temporary files in a directory of its own.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

export const nginxPath = "/usr/sbin/nginx";
/** A request header that makes nginx send the request to one instance; without it, nginx alternates. */
export const instanceHeader = "x-test-instance";

/** A database of its own on the server TEST_DATABASE_URL names, so the test sees exactly the seed data. */
export async function createScratchDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `amparo_instances_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Runs a script of the project to its end; throws with its output when it fails. */
export function runScript(script: string, env: NodeJS.ProcessEnv): void {
  const result = spawnSync("npx", ["tsx", script], { env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stdout}\n${result.stderr}`);
}

/** Starts one instance the way `npm start` serves (scripts/serve.ts), in a process group of its own. */
export function startInstance(port: number, env: NodeJS.ProcessEnv, logFile?: string): ChildProcess {
  const output = logFile ? openSync(logFile, "a") : "ignore";
  return spawn("npx", ["tsx", "scripts/serve.ts", "-p", String(port)], { env, stdio: ["ignore", output, output], detached: true });
}

export function stopProcessGroup(child: ChildProcess | undefined): void {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
}

/**
 * nginx in front of both instances: round robin by default, one instance when the request names it in
 * `x-test-instance`. It appends the connection's address to X-Forwarded-For, as a deployment would, and says
 * which instance answered in `x-upstream`.
 */
export function startNginx(port: number, upstreams: { a: number; b: number }): { process: ChildProcess; directory: string; log: () => string } {
  const directory = mkdtempSync(path.join(tmpdir(), "amparo-nginx-"));
  // Run as root, nginx's workers run as `nobody`, and must reach the temporary files it makes here.
  chmodSync(directory, 0o755);
  const file = (name: string) => path.join(directory, name);
  const config = `
worker_processes 1;
daemon off;
pid ${file("nginx.pid")};
error_log ${file("error.log")} warn;
events { worker_connections 512; }
http {
  access_log ${file("access.log")};
  client_body_temp_path ${file("client_body")};
  proxy_temp_path ${file("proxy")};
  fastcgi_temp_path ${file("fastcgi")};
  uwsgi_temp_path ${file("uwsgi")};
  scgi_temp_path ${file("scgi")};
  upstream both { server 127.0.0.1:${upstreams.a}; server 127.0.0.1:${upstreams.b}; }
  upstream instance_a { server 127.0.0.1:${upstreams.a}; }
  upstream instance_b { server 127.0.0.1:${upstreams.b}; }
  map $http_${instanceHeader.replaceAll("-", "_")} $amparo_upstream { a instance_a; b instance_b; default both; }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://$amparo_upstream;
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
  writeFileSync(file("nginx.conf"), config);
  // -e: errors before the configuration is read go here too, not to /var/log/nginx.
  const child = spawn(nginxPath, ["-p", directory, "-c", file("nginx.conf"), "-e", file("error.log")], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return {
    process: child,
    directory,
    log: () => {
      let errors = "";
      try {
        errors = readFileSync(file("error.log"), "utf8");
      } catch {
        // Not written yet.
      }
      return `${stderr}\n${errors}`;
    },
  };
}

export function removeDirectory(directory: string | undefined): void {
  if (directory) rmSync(directory, { recursive: true, force: true });
}

/**
 * A GET from a chosen loopback address (127.0.0.2, 127.0.0.3 …), so that to nginx each is another client while
 * to the instances every connection comes from nginx.
 */
export function getFrom(localAddress: string, url: string, headers: Record<string, string> = {}): Promise<{ status: number; upstream: string; cache: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { localAddress, headers, agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, upstream: String(res.headers["x-upstream"] ?? ""), cache: String(res.headers["x-amparo-cache"] ?? "") }));
    });
    req.on("error", reject);
    req.end();
  });
}
