// Every admin page and every server action refuses anonymous visitors, and the
// admin-only ones refuse editors. The lists come from the code and the build,
// so a new page or action cannot slip in untested.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { editor, freshAddress, signIn } from "./support/admin";

const protectedDir = path.join("app", "[locale]", "admin", "(protected)");
const placeholderId = "00000000-0000-4000-8000-000000000000";

function adminPaths(): string[] {
  const entries = readdirSync(protectedDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name === "page.tsx")
    .map((entry) => path.relative(protectedDir, entry.parentPath).split(path.sep).filter(Boolean))
    .map((segments) => `/es/admin${segments.map((s) => `/${s.replace(/^\[.+\]$/, placeholderId)}`).join("")}`)
    .sort();
}

// Who may call each server action. A new action fails this test until it is classified here.
const actionPolicy: Record<string, "public" | "signed-in" | "admin"> = {
  "lib/actions/auth.ts#signIn": "public",
  "lib/actions/auth.ts#signOut": "public",
  "lib/actions/reports.ts#closeReport": "signed-in",
  "lib/actions/offices.ts#saveOffice": "signed-in",
  "lib/actions/offices.ts#changeOfficeState": "signed-in",
  "lib/actions/organizations.ts#saveOrganization": "signed-in",
  "lib/actions/organizations.ts#changeOrganizationState": "signed-in",
  "lib/actions/services.ts#saveService": "signed-in",
  "lib/actions/services.ts#changeServiceState": "signed-in",
  "lib/actions/legal-notes.ts#saveLegalNote": "signed-in",
  "lib/actions/legal-notes.ts#changeLegalNoteState": "signed-in",
  "lib/actions/sources.ts#saveSource": "signed-in",
  "lib/actions/sources.ts#deleteSourceAction": "signed-in",
  // Any editor, as with a legal note's "mark reviewed" (decision 028).
  "lib/actions/translation-reviews.ts#changeTranslationReviewState": "signed-in",
  "lib/actions/users.ts#createAccountAction": "admin",
  "lib/actions/users.ts#setAccountActive": "admin",
};
const adminOnlyPaths = ["/es/admin/users"];

type BuiltAction = { id: string; key: string; page: string };
function builtActions(): BuiltAction[] {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, action]) => {
    const worker = Object.keys(action.workers).find((w) => w.includes("/admin/")) ?? Object.keys(action.workers)[0]!;
    const route = worker.replace(/^app\/\[locale\]/, "/es").replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "").replace(/\[[^\]]+\]/g, placeholderId);
    return { id, key: `${action.filename}#${action.exportedName}`, page: route };
  });
}

async function callAction(request: APIRequestContext, action: BuiltAction) {
  // Posted the way a browser without JavaScript submits a form to a server action.
  const response = await request.post(action.page, {
    multipart: { [`$ACTION_ID_${action.id}`]: "", id: placeholderId, operation: "archive", active: "false", email: "x@example.org", name: "x", role: "admin", password: "x" },
    maxRedirects: 0,
  });
  // 303 is the action's own redirect; a page refusing during rendering would answer 307.
  return `${response.status()} ${response.headers()["location"] ?? ""}`;
}

test.describe("admin access control", () => {
  test("every admin page sends anonymous visitors to sign in", async ({ request }) => {
    const paths = adminPaths();
    expect(paths).toEqual(expect.arrayContaining(["/es/admin", "/es/admin/offices", "/es/admin/users", "/es/admin/audit", "/es/admin/reports"]));
    for (const p of paths) {
      const response = await request.get(p, { maxRedirects: 0 });
      expect(response.status(), p).toBe(307);
      expect(response.headers().location, p).toMatch(/\/es\/admin\/login$/);
    }
  });

  test("every server action is classified, and protected ones refuse anonymous callers before doing anything", async ({ request }) => {
    const actions = builtActions().filter((a) => a.key.startsWith("lib/actions/"));
    expect(actions.map((a) => a.key).sort()).toEqual(Object.keys(actionPolicy).sort());
    for (const action of actions.filter((a) => actionPolicy[a.key] !== "public")) {
      expect(await callAction(request, action), action.key).toMatch(/^303 \/es\/admin\/login$/);
    }
  });

  test("editors are refused by admin-only pages and actions", async ({ page }) => {
    await page.context().setExtraHTTPHeaders(freshAddress());
    await signIn(page, editor);
    const request = page.context().request;
    for (const p of adminOnlyPaths) {
      const response = await request.get(p, { maxRedirects: 0 });
      expect(response.headers().location, p).toMatch(/\/es\/admin\?denied=1$/);
    }
    for (const action of builtActions().filter((a) => actionPolicy[a.key] === "admin")) {
      expect(await callAction(request, action), action.key).toMatch(/^303 \/es\/admin\?denied=1$/);
    }
    // The editor's account is untouched: an admin-only action did nothing.
    await page.goto("/es/admin");
    await expect(page.getByText("Sesión iniciada como")).toBeVisible();
  });
});
