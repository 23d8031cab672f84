// Only an addition: without JavaScript the page says to use the browser's own
// "Print" (Office.print), and this button is not shown (`js-only`); the page
// script (components/layout/page-script.tsx) prints.
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      data-print=""
      className="js-only no-print inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
    >
      {label}
    </button>
  );
}
