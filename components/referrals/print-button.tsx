// Only an addition: without JavaScript the page says to use the browser's own
// "Print" (Office.print), and this button stays hidden; the page script
// (components/layout/page-script.tsx) shows it and prints.
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      hidden
      data-print=""
      className="no-print inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
    >
      {label}
    </button>
  );
}
