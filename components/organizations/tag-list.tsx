import type { ReactNode } from "react";

/** A short list of taxonomy labels shown as tags. */
export function TagList({ items, label }: { items: { key: string; label: ReactNode }[]; label?: string }) {
  if (items.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className="rounded-full bg-brand-100 px-2.5 py-0.5 text-sm text-brand-900">
          {item.label}
        </li>
      ))}
    </ul>
  );
}
