"use server";
import { requireUser } from "@/lib/auth/session";
import { parseStateChange, revalidatePublicPages, runFormSave, type AdminFormState } from "@/lib/actions/form-flow";
import { organizationSnapshotOfValues } from "@/lib/data/admin/organization-snapshot";
import { changeOrganizationStatus, createOrganization, updateOrganization } from "@/lib/data/admin/organization-writes";
import { db } from "@/lib/db/client";
import { organizationFormErrors, organizationFormSchema } from "@/lib/validation/organization-form";

/** Saves an organisation form; `organizationId` null creates one (unpublished). */
export async function saveOrganization(organizationId: string | null, _previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const actor = await requireUser();
  return runFormSave(formData, {
    schema: organizationFormSchema,
    errors: organizationFormErrors,
    save: (values) => (organizationId ? updateOrganization(db(), actor, organizationId, values) : createOrganization(db(), actor, values)),
    snapshot: organizationSnapshotOfValues,
    createdIn: organizationId ? undefined : "organizations",
  });
}

export async function changeOrganizationState(formData: FormData): Promise<void> {
  const actor = await requireUser();
  const change = parseStateChange(formData, ["publish", "unpublish", "archive", "restore", "verify"]);
  if (change && (await changeOrganizationStatus(db(), actor, change.id, change.operation))) revalidatePublicPages();
}
