import { formatNumber, formatStatedSum } from "./numbers";

/** What a neighborhood's open places say of their public computers (the hub's `Neighborhood`). */
export interface PlacesComputers {
  openPlaces: number;
  openPlacesWithFigures: number;
  publicComputers: number;
}

export interface KeyspotComputers {
  keyspotSites: number;
  keyspotSitesWithFigures: number;
  keyspotWorkstations: number;
  keyspotWeeklyOpenHours: number;
}

const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/** "30", or how many of the open places the 30 speaks for; "Not stated …" when none says. */
export const publicComputers = (n: PlacesComputers): string =>
  capitalised(formatStatedSum(formatNumber(n.publicComputers), n.openPlaces, n.openPlacesWithFigures, ["open place", "open places"]));

/** "10 (40 hours a week)", or how many of the KEYSPOT sites the figures speak for. */
export const keyspotComputers = (n: KeyspotComputers): string =>
  capitalised(
    formatStatedSum(
      `${formatNumber(n.keyspotWorkstations)} (${formatNumber(n.keyspotWeeklyOpenHours)} hours a week)`,
      n.keyspotSites,
      n.keyspotSitesWithFigures,
      ["KEYSPOT site", "KEYSPOT sites"],
    ),
  );
