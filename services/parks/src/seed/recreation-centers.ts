import { type PlaceRecord } from "@dlhub/schema";
import { type RecreationCenter, RecreationCenterStatus } from "../recreation-centers/recreation-center.entity.js";

/**
 * DEMO DATA: the recreation centres the hub's departments agreed on (asset ids, names, addresses
 * and coordinates are shared with the libraries and IT subgraphs; IT's demo KEYSPOTs name these
 * `demo-` asset ids), plus three more sites from the 2015 KEYSPOT list and PPR's older adult
 * centres. The asset ids are the City's with `demo-` before them, so no real site can take one's
 * key; the City's "PPR Program Sites" import retires them all.
 */

type CenterRow = Omit<RecreationCenter, "labelNumber" | "comments" | "dataSource" | keyof PlaceRecord> & { comments?: string };

const recCenter = { programType: "Recreation Center", siteClass: "A", building: true, gym: true, status: RecreationCenterStatus.OPEN };

const rows: CenterRow[] = [
  { ...recCenter, assetId: "demo-1032", name: "Happy Hollow Recreation Center", address: "4740 Wayne Ave", latitude: 40.02375, longitude: -75.16496 },
  { ...recCenter, assetId: "demo-1187", name: "J. Finnegan Recreation Center", address: "6801 Grovers Ave", latitude: 39.91466, longitude: -75.22532 },
  { ...recCenter, assetId: "demo-1120", name: "Kingsessing Recreation Center", address: "4901 Kingsessing Ave", latitude: 39.94308, longitude: -75.21547 },
  { ...recCenter, assetId: "demo-1201", name: "Rivera Recreation Center", address: "3201 N 5th St", latitude: 39.99984, longitude: -75.13835 },
  { ...recCenter, assetId: "demo-1045", name: "Martin Luther King Jr. Recreation Center", address: "2101 Cecil B. Moore Ave", latitude: 39.98103, longitude: -75.16991 },
  { ...recCenter, assetId: "demo-1166", name: "Tustin Recreation Center", address: "5901 W Columbia Ave", latitude: 39.98153, longitude: -75.2394 },
  {
    ...recCenter,
    assetId: "demo-1099",
    name: "Vare Recreation Center",
    address: "2600 Morris St",
    latitude: 39.93168,
    longitude: -75.18855,
    status: RecreationCenterStatus.CLOSED_FOR_REBUILD,
    comments: "Closed for Rebuild",
  },
  { ...recCenter, assetId: "demo-1040", name: "Cecil B. Moore Recreation Center", address: "2551 N 22nd St", latitude: 39.99363, longitude: -75.16785 },
  {
    ...recCenter,
    assetId: "demo-1137",
    name: "Mallory Playground",
    programType: "Playground",
    siteClass: "B",
    gym: false,
    address: "100 E Johnson St",
    latitude: 40.04777,
    longitude: -75.18003,
  },
  {
    ...recCenter,
    assetId: "demo-2014",
    name: "Juniata Park Older Adult Center",
    programType: "Older Adult Center",
    siteClass: "S",
    gym: false,
    address: "1251 E Sedgley Ave",
    latitude: 40.00928,
    longitude: -75.10735,
  },
];

// Unknown CSV columns are written as null, so a re-run seed leaves every column as stated here.
export const recreationCenters: Omit<RecreationCenter, keyof PlaceRecord>[] = rows.map(({ comments, ...row }) => ({
  ...row,
  labelNumber: null,
  comments: comments ?? null,
  dataSource: null,
}));
