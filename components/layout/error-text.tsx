"use client";

import { createContext, use, type ReactNode } from "react";

export type ErrorText = { title: string; body: string; retry: string };

// The error page is a client component (Next requires it), but it needs only
// three strings: the layout translates them on the server and hands them down
// here, instead of shipping next-intl's client runtime to every page.
const ErrorTextContext = createContext<ErrorText>({ title: "", body: "", retry: "" });

export function ErrorTextProvider({ text, children }: { text: ErrorText; children: ReactNode }) {
  return <ErrorTextContext value={text}>{children}</ErrorTextContext>;
}

export function useErrorText(): ErrorText {
  return use(ErrorTextContext);
}
