// The source as its editing form shows it: the select that loads it and the
// snapshot the form, the conflict message and the audit log share. The key is
// not in it: it is fixed at creation (the page shows it; the id derives from it).
import { localizedForForm } from "@/lib/data/admin/localized";
import type { SourceFormValues } from "@/lib/validation/source-form";
import type { Prisma } from "@/prisma/generated/client";

export const sourceEditSelect = {
  id: true,
  key: true,
  publisher: true,
  title: true,
  description: true,
  url: true,
  published: true,
  consultedOn: true,
  version: true,
} satisfies Prisma.SourceSelect;

export type SourceForEditing = Prisma.SourceGetPayload<{ select: typeof sourceEditSelect }>;

/** A DATE column as the form writes it (YYYY-MM-DD); Prisma reads it as midnight UTC. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export function sourceFormSnapshot(source: SourceForEditing) {
  return {
    publisher: source.publisher ?? "",
    title: source.title ?? "",
    description: localizedForForm(source.description),
    url: source.url ?? "",
    published: source.published ?? "",
    consultedOn: isoDay(source.consultedOn),
  };
}

export type SourceSnapshot = ReturnType<typeof sourceFormSnapshot>;

export function sourceSnapshotOfValues(values: SourceFormValues): SourceSnapshot {
  return {
    publisher: values.publisher ?? "",
    title: values.title ?? "",
    description: values.description,
    url: values.url ?? "",
    published: values.published ?? "",
    consultedOn: values.consultedOn,
  };
}
