"use client";

import { createContext, use, useState, useSyncExternalStore, type ReactNode } from "react";
import { distanceKm, type Coordinates, type ListingPlace } from "@/lib/geo/distance";

/** Translated on the server; `{distance}` is the only placeholder. */
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

type Shared = { here: Coordinates | null; text: NearMeText; locale: string };
const NearMeContext = createContext<Shared | null>(null);
const noSubscription = () => () => {};

/**
 * "Use my location": an addition for when JavaScript runs (the button is not
 * even rendered without it). The browser's position stays in this component's
 * state and is compared with each result's coordinates here, on the device: it
 * is never put in a URL, a form or a request.
 */
export function NearMe({ text, locale, children }: { text: NearMeText; locale: string; children: ReactNode }) {
  const [here, setHere] = useState<Coordinates | null>(null);
  const [status, setStatus] = useState<"idle" | "locating" | "shown" | "denied" | "failed">("idle");
  const canLocate = useSyncExternalStore(noSubscription, () => "geolocation" in navigator, () => false);
  const locate = () => {
    setStatus("locating");
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setHere({ latitude: coords.latitude, longitude: coords.longitude });
        setStatus("shown");
      },
      (error) => setStatus(error.code === error.PERMISSION_DENIED ? "denied" : "failed"),
      // A coarse, recent fix is enough for "≈ N km" and is quicker and kinder to the battery.
      { enableHighAccuracy: false, maximumAge: 600_000, timeout: 20_000 },
    );
  };
  return (
    <NearMeContext value={{ here, text, locale }}>
      {canLocate ? (
        <div className="no-print space-y-1">
          <button
            type="button"
            onClick={locate}
            disabled={status === "locating"}
            className="min-h-11 rounded border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-800"
          >
            {text.button}
          </button>
          <p className="text-sm text-gray-700">{text.privacy}</p>
          <p aria-live="polite" className="text-sm">
            {status === "idle" ? "" : text[status]}
          </p>
        </div>
      ) : null}
      {children}
    </NearMeContext>
  );
}

/** "≈ N km" on a result card once the person has shared their position; nothing before. */
export function DistanceFromHere({ place }: { place: ListingPlace }) {
  const shared = use(NearMeContext);
  if (!shared?.here) return null;
  const km = distanceKm(shared.here, place);
  const distance = new Intl.NumberFormat(shared.locale, { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
  const template = place.cityCentre ? shared.text.toCityCentre : shared.text.toOffice;
  return <p className="text-sm font-medium text-gray-900">{template.replace("{distance}", distance)}</p>;
}
