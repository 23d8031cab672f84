// The base of every text field people type into a form. PostgreSQL cannot
// store U+0000 in text or JSON (errors 22021 and 22P05), and JSON refuses an
// unpaired UTF-16 surrogate, so such input used to end in a 500. Other C0
// controls and DEL are refused with them: no keyboard types them, and in a
// listing they would only hide or garble text. Tab, line feed and carriage
// return stay allowed (textareas send CRLF).
import { z } from "zod";

const unstorable = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|\p{Cs}/u;

export const unstorableCharacterMessage = "controlCharacter";

/**
 * `z.string()` that first refuses those characters with the message key
 * "controlCharacter" (shown next to the field); chain `.trim()`, `.max()` etc.
 * as on any string. `abort` keeps that message the only one for the field.
 */
export const formText = z.string().refine((value) => !unstorable.test(value), { message: unstorableCharacterMessage, abort: true });

/** The text with each of those characters shown as "�", for giving refused text back in a page. */
export const markUnstorable = (value: string) => value.replace(new RegExp(unstorable.source, "gu"), "\uFFFD");
