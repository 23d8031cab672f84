"use server";
import { requireUser } from "@/lib/auth/session";
import { parseStateChange, revalidatePublicPages, runFormSave, type AdminFormState } from "@/lib/actions/form-flow";
import { legalNoteSnapshotOfValues } from "@/lib/data/admin/legal-note-snapshot";
import { changeLegalNoteStatus, createLegalNote, updateLegalNote } from "@/lib/data/admin/legal-note-writes";
import { db } from "@/lib/db/client";
import { legalNoteFormErrors, legalNoteFormSchema } from "@/lib/validation/legal-note-form";

/** Saves a legal-note form; `noteId` null creates one (unpublished). */
export async function saveLegalNote(noteId: string | null, _previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const actor = await requireUser();
  return runFormSave(formData, {
    schema: legalNoteFormSchema,
    errors: legalNoteFormErrors,
    save: (values) => (noteId ? updateLegalNote(db(), actor, noteId, values) : createLegalNote(db(), actor, values)),
    snapshot: legalNoteSnapshotOfValues,
    createdIn: noteId ? undefined : "legal-notes",
  });
}

export async function changeLegalNoteState(formData: FormData): Promise<void> {
  const actor = await requireUser();
  const change = parseStateChange(formData, ["publish", "unpublish", "archive", "restore", "review"]);
  if (change && (await changeLegalNoteStatus(db(), actor, change.id, change.operation))) revalidatePublicPages();
}
