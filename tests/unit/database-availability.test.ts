// The availability state the proxy, the route handlers and the custom server
// share through globalThis: a connection failure counts at once, whatever a
// recent healthy probe said, and the site re-probes (at most once a second)
// until the server answers again.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const server = vi.hoisted(() => ({ up: true, probes: 0 }));

vi.mock("@/lib/db/target", () => ({ databaseTarget: () => ({ kind: "postgres", url: "postgresql://probe.invalid/amparo" }) }));
vi.mock("pg", () => {
  class Client {
    on() {}
    async connect() {
      server.probes += 1;
      if (!server.up) throw Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    }
    async query() {
      return { rows: [] };
    }
    async end() {}
  }
  return { default: { Client } };
});

const { isDatabaseAvailable, markDatabaseUnavailable } = await import("@/lib/db/availability");

describe("database availability", () => {
  beforeEach(() => {
    server.up = true;
    server.probes = 0;
    globalThis.amparoDatabaseDownSince = undefined;
    globalThis.amparoDatabaseProbe = undefined;
  });
  afterEach(() => {
    globalThis.amparoDatabaseDownSince = undefined;
    globalThis.amparoDatabaseProbe = undefined;
  });

  it("answers false from the first connection failure, not after the healthy cache runs out", async () => {
    const t = Date.now();
    expect(await isDatabaseAvailable(t)).toBe(true);
    expect(await isDatabaseAvailable(t + 100)).toBe(true);
    expect(server.probes).toBe(1);

    server.up = false;
    markDatabaseUnavailable();
    expect(globalThis.amparoDatabaseDownSince).toEqual(expect.any(Number));
    // Well inside the 5 s a healthy answer is trusted, and no new probe is due yet.
    expect(await isDatabaseAvailable(Date.now())).toBe(false);
  });

  it("re-probes at most once a second while down, and clears the mark when the server answers", async () => {
    server.up = false;
    const t = Date.now();
    expect(await isDatabaseAvailable(t)).toBe(false);
    expect(globalThis.amparoDatabaseDownSince).toEqual(expect.any(Number));
    expect(server.probes).toBe(1);
    server.up = true;
    expect(await isDatabaseAvailable(Date.now() + 500)).toBe(false);
    expect(server.probes).toBe(1);

    expect(await isDatabaseAvailable(Date.now() + 1_000)).toBe(true);
    expect(server.probes).toBe(2);
    expect(globalThis.amparoDatabaseDownSince).toBeUndefined();
  });

  it("keeps a failure noticed while a probe was running", async () => {
    let finishConnect: () => void = () => {};
    server.probes = 0;
    const slow = new Promise<void>((resolve) => (finishConnect = resolve));
    const pg = (await import("pg")).default as unknown as { Client: { prototype: { connect: () => Promise<void> } } };
    const original = pg.Client.prototype.connect;
    pg.Client.prototype.connect = async () => slow;
    try {
      const answer = isDatabaseAvailable(Date.now());
      await new Promise((resolve) => setTimeout(resolve, 5));
      markDatabaseUnavailable();
      finishConnect();
      // The probe began before the failure: its success says nothing about the failure.
      expect(await answer).toBe(true);
      expect(globalThis.amparoDatabaseDownSince).toEqual(expect.any(Number));
      expect(await isDatabaseAvailable(Date.now())).toBe(false);
    } finally {
      pg.Client.prototype.connect = original;
    }
  });
});
