import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";
import * as spanish from "@zxcvbn-ts/language-es-es";

// zxcvbn estimates how many guesses a password takes, with dictionaries of
// common passwords, names and words in both of our languages.
const estimator = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...english.dictionary, ...spanish.dictionary },
  graphs: common.adjacencyGraphs,
});

export const minPasswordLength = 12;
export const maxPasswordLength = 256;

export type PasswordProblem = "tooShort" | "tooLong" | "tooGuessable";

/** Why a password is not good enough for an admin or editor account, or null when it is. */
export function passwordProblem(password: string, personalWords: string[] = []): PasswordProblem | null {
  if (password.length < minPasswordLength) return "tooShort";
  if (password.length > maxPasswordLength) return "tooLong";
  // Score 3 = "safely unguessable: moderate protection from offline slow-hash scenario".
  return estimator.check(password, personalWords).score < 3 ? "tooGuessable" : null;
}
