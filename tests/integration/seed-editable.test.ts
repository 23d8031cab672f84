// One definition per entity (issue 12): whatever the seed accepts, the admin
// form must accept too, or an editor opening a seeded record could not save it
// without first "fixing" a fact the sources give (CNDH's 24-hour line was
// such a record). Every seeded organisation, office and service is put through
// its own form's schema exactly as the form would post it back, unchanged.
import { describe, expect, it } from "vitest";
import { officeEditSelect, officeFormSnapshot } from "@/lib/data/admin/office-snapshot";
import { organizationEditSelect, organizationFormSnapshot } from "@/lib/data/admin/organization-snapshot";
import { serviceEditSelect, serviceFormSnapshot } from "@/lib/data/admin/service-snapshot";
import { formDataToObject } from "@/lib/validation/form-data";
import { officeFormSchema } from "@/lib/validation/office-form";
import { organizationFormSchema } from "@/lib/validation/organization-form";
import { serviceFormSchema } from "@/lib/validation/service-form";
import { formData } from "@/tests/setup/form-data";
import { useSeededTestDatabase } from "@/tests/setup/test-database";
import type { z } from "zod";

/** "slug: path message" for each field the form would refuse. */
function refusals(label: string, schema: z.ZodType, values: object, version: number): string[] {
  const result = schema.safeParse(formDataToObject(formData({ ...values, version })));
  return result.success ? [] : result.error.issues.map((issue) => `${label}: ${issue.path.join(".")} ${issue.message}`);
}

describe("every seeded record can be saved from its admin form as it is", () => {
  const database = useSeededTestDatabase();

  it("organisations", async () => {
    const organizations = await database.prisma.organization.findMany({ select: { ...organizationEditSelect, slug: true } });
    expect(organizations.length).toBeGreaterThan(90);
    expect(organizations.flatMap((org) => refusals(org.slug, organizationFormSchema, organizationFormSnapshot(org), org.version))).toEqual([]);
  });

  it("offices", async () => {
    const offices = await database.prisma.office.findMany({ select: officeEditSelect });
    expect(offices.length).toBeGreaterThan(130);
    expect(offices.flatMap((office) => refusals(office.slug, officeFormSchema, officeFormSnapshot(office), office.version))).toEqual([]);
  });

  it("services", async () => {
    const services = await database.prisma.service.findMany({ select: serviceEditSelect });
    expect(services.length).toBeGreaterThan(100);
    expect(
      services.flatMap((service) => refusals(`${service.organization.slug} ${service.type}`, serviceFormSchema, serviceFormSnapshot(service), service.version)),
    ).toEqual([]);
  });
});
