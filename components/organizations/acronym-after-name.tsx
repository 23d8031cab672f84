import { acronymToShow } from "@/lib/organization-name";

type Props = { name: string | null | undefined; acronym: { text: string } | string | null | undefined; className?: string };

/** " (COMAR)" after a name, unless the name already contains it (see acronymToShow). */
export function AcronymAfterName({ name, acronym, className = "ml-2 text-base font-normal text-gray-700" }: Props) {
  const shown = acronymToShow(name, typeof acronym === "string" ? acronym : acronym?.text);
  return shown ? <span className={className}>({shown})</span> : null;
}
