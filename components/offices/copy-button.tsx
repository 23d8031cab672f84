// Only an addition: the text it copies is on the page in a plain text box,
// selectable without JavaScript. Hidden until the page script
// (components/layout/page-script.tsx) finds the clipboard and shows it.
export function CopyButton({ targetId, label, doneLabel }: { targetId: string; label: string; doneLabel: string }) {
  return (
    <button
      type="button"
      hidden
      data-copy={targetId}
      data-done={doneLabel}
      className="no-print rounded border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-800"
    >
      <span aria-live="polite">{label}</span>
    </button>
  );
}
