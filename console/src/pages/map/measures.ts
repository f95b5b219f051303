import { formatNumber, formatShare } from "../../words/numbers";
import type { MapNeighborhood } from "./map-data";

export type MeasureName = "gap" | "broadband" | "places" | "initiatives";

export interface Measure {
  label: string;
  /** What the colour means, for the legend and the table's caption. */
  explanation: string;
  /** An Observable Plot (d3) colour scheme; darker is more. */
  scheme: string;
  value: (neighborhood: MapNeighborhood, gapScores: Map<string, number>) => number | null;
  format: (value: number | null) => string;
}

const openPlaces = (n: MapNeighborhood) => n.placeCounts.filter((c) => c.status === "OPEN").reduce((sum, c) => sum + c.count, 0);
const initiatives = (n: MapNeighborhood) => n.initiativeCounts.reduce((sum, c) => sum + c.count, 0);

/** What the map can colour neighborhoods by: the coordinator's four questions of need and supply. */
export const MEASURES: Record<MeasureName, Measure> = {
  gap: {
    label: "Coverage-gap score",
    explanation: "Need against what is there (higher: a bigger gap)",
    scheme: "oranges",
    value: (n, scores) => scores.get(n.id) ?? null,
    format: (v) => (v == null ? "—" : formatNumber(Math.round(v * 10) / 10)),
  },
  broadband: {
    label: "Broadband subscription share",
    explanation: "Share of households with a broadband subscription (ACS)",
    scheme: "blues",
    value: (n) => n.internetSubscriptionShare ?? null,
    format: formatShare,
  },
  places: {
    label: "Open public places",
    explanation: "Open public places of any department",
    scheme: "greens",
    value: (n) => openPlaces(n),
    format: formatNumber,
  },
  initiatives: {
    label: "Initiatives per 10,000 residents",
    explanation: "Initiatives (any status) with a site here, per 10,000 residents",
    scheme: "purples",
    value: (n) => (n.population ? (initiatives(n) / n.population) * 10_000 : null),
    format: (v) => (v == null ? "—" : formatNumber(Math.round(v * 10) / 10)),
  },
};

export const isMeasure = (name: string | null): name is MeasureName => name !== null && name in MEASURES;
