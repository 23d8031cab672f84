// The rules every writer of sources and citations applies (seed files, admin
// forms, HSDS import), defined once; each schema words its own messages.

/** A source's readable key: lowercase words joined by hyphens. */
export const sourceKeyPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest quotation a citation holds: a sentence or fragment, never a page. */
export const excerptMaxLength = 300;

/** Every fact but "the record as a whole" is cited with the source's words. */
export const needsExcerpt = (fact: string) => fact !== "record";

/** A phone or e-mail citation names which of the record's it vouches for. */
export const namesContact = (fact: string) => fact === "phone" || fact === "email";

/** A reader can tell what a source is: its own title, a description, or a page named by its publisher and address. */
export const isNamedSource = (source: { title?: string | null; described: boolean; publisher?: string | null; url?: string | null }) =>
  Boolean(source.title || source.described || (source.publisher && source.url));
