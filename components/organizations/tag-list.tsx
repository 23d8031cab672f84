import type { ReactNode } from "react";

/** A short list of taxonomy labels shown as tags. */
export function TagList({ items, label }: { items: { key: string; label: ReactNode }[]; label?: string }) {
  if (items.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className="tag">
          {item.label}
        </li>
      ))}
    </ul>
  );
}
