// The legal notes the code names by slug: pages link to them, and the urgent texts (lib/i18n/urgent-texts.ts) list
// them. One place, so a renamed note is renamed once.
export const deadlineNoteSlug = "comar-application-deadline";
export const fraudNoteSlug = "avoid-fraud";
