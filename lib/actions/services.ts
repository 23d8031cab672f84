"use server";
import { requireUser } from "@/lib/auth/session";
import { parseStateChange, revalidatePublicPages, runFormSave, type AdminFormState } from "@/lib/actions/form-flow";
import { serviceSnapshotOfValues } from "@/lib/data/admin/service-snapshot";
import { changeServiceStatus, createService, updateService } from "@/lib/data/admin/service-writes";
import { db } from "@/lib/db/client";
import { serviceFormErrors, serviceFormSchema } from "@/lib/validation/service-form";

/** Saves a service form; `serviceId` null creates one (unpublished) in `organizationId`. */
export async function saveService(target: { serviceId: string | null; organizationId: string }, _previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const actor = await requireUser();
  return runFormSave(formData, {
    schema: serviceFormSchema,
    errors: serviceFormErrors,
    save: (values) => (target.serviceId ? updateService(db(), actor, target.serviceId, values) : createService(db(), actor, target.organizationId, values)),
    snapshot: serviceSnapshotOfValues,
    createdIn: target.serviceId ? undefined : "services",
  });
}

export async function changeServiceState(formData: FormData): Promise<void> {
  const actor = await requireUser();
  const change = parseStateChange(formData, ["publish", "unpublish", "archive", "restore"]);
  if (change && (await changeServiceStatus(db(), actor, change.id, change.operation))) revalidatePublicPages();
}
