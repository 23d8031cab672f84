"use server";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { revalidatePublicPages, runFormSave, type AdminFormState } from "@/lib/actions/form-flow";
import { sourceSnapshotOfValues } from "@/lib/data/admin/source-snapshot";
import { createSource, deleteSource, updateSource } from "@/lib/data/admin/source-writes";
import { db } from "@/lib/db/client";
import { newSourceFormSchema, sourceFormErrors, sourceFormSchema } from "@/lib/validation/source-form";

/** Saves a source form; `sourceId` null creates one (its key is given only then). */
export async function saveSource(sourceId: string | null, _previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const actor = await requireUser();
  if (sourceId) {
    return runFormSave(formData, {
      schema: sourceFormSchema,
      errors: sourceFormErrors,
      save: (values) => updateSource(db(), actor, sourceId, values),
      snapshot: sourceSnapshotOfValues,
    });
  }
  return runFormSave(formData, {
    schema: newSourceFormSchema,
    errors: sourceFormErrors,
    save: (values) => createSource(db(), actor, values),
    snapshot: sourceSnapshotOfValues,
    createdIn: "sources",
  });
}

/** Deletes a source nothing cites; a cited one stays, and its page says why. */
export async function deleteSourceAction(formData: FormData): Promise<void> {
  const actor = await requireUser();
  const locale = await getLocale();
  const id = z.uuid().safeParse(formData.get("id"));
  if (!id.success) redirect(`/${locale}/admin/sources`);
  const result = await deleteSource(db(), actor, id.data);
  if (result.outcome === "cited") redirect(`/${locale}/admin/sources/${id.data}?refused=1`);
  if (result.outcome === "deleted") revalidatePublicPages();
  redirect(`/${locale}/admin/sources?deleted=${result.outcome === "deleted" ? 1 : 0}`);
}
