import { LocalizedText } from "@/components/ui/localized-text";
import type { LegalNoteSummary } from "@/lib/data/legal-notes";
import { Link } from "@/lib/i18n/navigation";

/** Titles linking to the notes, each with its one-line summary. */
export function LegalNoteList({ notes }: { notes: LegalNoteSummary[] }) {
  return (
    <ul className="space-y-3">
      {notes.map((note) => (
        <li key={note.slug}>
          <Link href={{ pathname: "/legal/[slug]", params: { slug: note.slug } }} className="font-medium">
            <LocalizedText value={note.title} />
          </Link>
          <LocalizedText value={note.summary} as="p" className="text-gray-800" />
        </li>
      ))}
    </ul>
  );
}
