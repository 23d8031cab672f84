import type { Page } from "@playwright/test";

/**
 * The directory's results, by their heading: the count alone ("138 resultados", "Ningún resultado", "1 result"),
 * not the nearby-searches box ("Búsquedas cercanas con resultados").
 */
export const resultsName = /^(\S+ )?(resultados?|results?)$/i;

export const resultsRegion = (page: Page) => page.getByRole("region", { name: resultsName });
