// The "report a problem" route as the browser's form reaches it, on a real database.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/reports/route";
import { clientAddressHeader, trustClientAddressHeader } from "@/lib/http/forwarded-chain";
import { useSeededTestDatabase } from "@/tests/setup/test-database";

// Each test sends from its own address, named as the entry point names callers (lib/http/entry-point.ts).
trustClientAddressHeader();
const caller = { address: "198.51.100.1" };
let nextAddress = 1;
const fromNewAddress = () => (caller.address = `198.51.100.${(nextAddress += 1)}`);

const office = "cdh-fray-matias-tapachula";
const form = "application/x-www-form-urlencoded";

function post(body: BodyInit, { query = `office=${office}&locale=en`, type = form, headers = {} }: { query?: string; type?: string; headers?: Record<string, string> } = {}) {
  return POST(new NextRequest(`http://localhost/api/reports?${query}`, { method: "POST", body, headers: { "content-type": type, [clientAddressHeader]: caller.address, ...headers }, duplex: "half" } as ConstructorParameters<typeof NextRequest>[1]));
}

const fields = (message: string, website = "") => new URLSearchParams({ message, website }).toString();

describe("problem reports", () => {
  const database = useSeededTestDatabase();

  const stored = (text: string) => database.prisma.problemReport.count({ where: { message: { contains: text } } });

  it("takes a report and sends the person back to the listing with no text in the address", async () => {
    fromNewAddress();
    const response = await post(fields("The phone number rings busy all day (route test)."));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/en/offices/${office}?report=sent#report`);
    expect(await stored("rings busy all day (route test)")).toBe(1);
  });

  it("gives a refused report back in a translated page with the text, its markup escaped, and no redirect", async () => {
    fromNewAddress();
    const response = await post(fields("<b>x</b>"));
    expect(response.status).toBe(422);
    expect(response.headers.get("location")).toBeNull();
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-security-policy")).toMatch(/form-action 'self'/);
    const html = await response.text();
    expect(html).toContain("at least 10 characters");
    expect(html).toContain("&lt;b&gt;x&lt;/b&gt;</textarea>");
    expect(html).toContain(`action="/api/reports?office=${office}&amp;locale=en"`);
    expect(html).toContain(`href="/en/offices/${office}#report"`);
  });

  it("refuses a NUL byte with the field's message, keeps the rest of the text, and stores nothing", async () => {
    fromNewAddress();
    // The database itself refuses it (this used to be the 500).
    const someOffice = await database.prisma.office.findFirstOrThrow({ select: { id: true } });
    await expect(database.prisma.problemReport.create({ data: { officeId: someOffice.id, locale: "es", message: "nul \u0000 byte" } })).rejects.toThrow();

    const response = await post(fields("El horario cambió \u0000 y ya no abren los sábados."), { query: `office=${office}&locale=es` });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('<html lang="es">');
    expect(html).toContain("carácter que no se puede guardar");
    expect(html).toContain("El horario cambió \uFFFD y ya no abren los sábados.</textarea>");
    expect(await stored("ya no abren los sábados")).toBe(0);
  });

  it("refuses a large body (announced or chunked) with 413 before reading it, and other content types with 415", async () => {
    fromNewAddress();
    const megabyte = fields("x".repeat(1024 * 1024));
    const announced = await post(megabyte);
    expect(announced.status).toBe(413);
    expect(await announced.text()).toContain("at most 2000 characters");

    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new TextEncoder().encode(pulled === 1 ? "message=" : "y".repeat(4096)));
      },
    });
    const chunked = await post(endless);
    expect(chunked.status).toBe(413);
    expect(pulled).toBeLessThan(10);

    const multipart = new FormData();
    multipart.set("message", "A report sent as multipart form data.");
    const unsupported = await POST(new NextRequest(`http://localhost/api/reports?office=${office}&locale=en`, { method: "POST", body: multipart }));
    expect(unsupported.status).toBe(415);
    expect(await stored("multipart form data")).toBe(0);
  });

  it("takes a full-length report in Chinese, the longest the form allows", async () => {
    fromNewAddress();
    const response = await post(fields("电话".repeat(1000)));
    expect(response.status).toBe(303);
  });

  it("answers 429 with the text kept once the address has sent its five reports", async () => {
    fromNewAddress();
    for (let n = 1; n <= 5; n += 1) expect((await post(fields(`Report ${n} about the opening hours.`))).status).toBe(303);
    const refused = await post(fields("One report too many about the hours."));
    expect(refused.status).toBe(429);
    expect(await refused.text()).toContain("One report too many about the hours.</textarea>");
  });

  it("answers 404 for an office that does not exist or is not published", async () => {
    fromNewAddress();
    expect((await post(fields("A report about a missing office."), { query: "office=no-such-office&locale=en" })).status).toBe(404);
    expect((await post(fields("A report about a missing office."), { query: "locale=en" })).status).toBe(404);
  });
});
