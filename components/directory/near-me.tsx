import type { ReactNode } from "react";
import type { ListingPlace } from "@/lib/geo/distance";

/** Translated on the server; `{distance}` is the only placeholder, filled in on the device. */
export type NearMeText = {
  button: string;
  privacy: string;
  locating: string;
  shown: string;
  denied: string;
  failed: string;
  toOffice: string;
  toCityCentre: string;
};

/**
 * "Use my location": an addition for when JavaScript runs (`js-only`; the
 * page script, components/layout/page-script.tsx, does the work). The
 * position stays on the device: each result's distance is worked out there
 * (decision 007) from the coordinates its card carries.
 */
export function NearMe({ text, children }: { text: NearMeText; children: ReactNode }) {
  return (
    <>
      <div
        data-near-me=""
        data-locating={text.locating}
        data-shown={text.shown}
        data-denied={text.denied}
        data-failed={text.failed}
        data-to-office={text.toOffice}
        data-to-city-centre={text.toCityCentre}
        className="js-only no-print space-y-1"
      >
        <button type="button" className="min-h-11 rounded border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-800">
          {text.button}
        </button>
        <p className="text-sm text-gray-700">{text.privacy}</p>
        <p aria-live="polite" className="text-sm" />
      </div>
      {children}
    </>
  );
}

/** Where "≈ N km" goes on a result card once the person has shared their position; empty and hidden before. */
export function DistanceFromHere({ place }: { place: ListingPlace }) {
  return (
    <p
      hidden
      data-distance-to={`${place.latitude},${place.longitude}`}
      data-city-centre={place.cityCentre ? "" : undefined}
      className="text-sm font-medium text-gray-900"
    />
  );
}
