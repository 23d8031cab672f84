"use server";
import { requireUser } from "@/lib/auth/session";
import { parseStateChange, revalidatePublicPages, runFormSave, type AdminFormState } from "@/lib/actions/form-flow";
import { changeOfficeStatus, createOffice, snapshotOfValues, updateOffice } from "@/lib/data/admin/office-writes";
import { db } from "@/lib/db/client";
import { officeFormErrors, officeFormSchema } from "@/lib/validation/office-form";

export type OfficeFormState = AdminFormState;

/** Saves an office form. `officeId` null creates a new office in `organizationId`. */
export async function saveOffice(target: { officeId: string | null; organizationId: string }, _previous: OfficeFormState, formData: FormData): Promise<OfficeFormState> {
  const actor = await requireUser();
  return runFormSave(formData, {
    schema: officeFormSchema,
    errors: officeFormErrors,
    save: (values) => (target.officeId ? updateOffice(db(), actor, target.officeId, values) : createOffice(db(), actor, target.organizationId, values)),
    snapshot: snapshotOfValues,
    createdIn: target.officeId ? undefined : "offices",
  });
}

/** Publish, unpublish, archive, restore or mark verified: one button each on the office page. */
export async function changeOfficeState(formData: FormData): Promise<void> {
  const actor = await requireUser();
  const change = parseStateChange(formData, ["publish", "unpublish", "archive", "restore", "verify"]);
  if (change && (await changeOfficeStatus(db(), actor, change.id, change.operation))) revalidatePublicPages();
}
