/*
 * Fixtures with the shape of The Guild's gateway benchmark (graphql-hive/graphql-gateways-benchmark):
 * six users, nine products, eleven reviews whose long bodies make its TestQuery answer about 87 KB.
 * The texts are our own; only the shape (counts, lengths, who wrote what) matters to a gateway.
 */

export interface User {
  id: string;
  name: string;
  username: string;
  birthday: number;
}

export interface Product {
  upc: string;
  name: string;
  price: number;
  weight: number;
}

export interface Review {
  id: string;
  body: string;
  productUpc: string;
}

export const users: User[] = [
  ["1", "Ada Reyes", "areyes"],
  ["2", "Bo Tran", "btran"],
  ["3", "Chidi Okafor", "cokafor"],
  ["4", "Dana Kowalski", "dkowalski"],
  ["5", "Eli Haddad", "ehaddad"],
  ["6", "Fern Liu", "fliu"],
].map(([id, name, username]) => ({ id, name, username, birthday: 1234567890 }));

export const products: Product[] = (
  [
    ["1", "Laptop", 899, 100],
    ["2", "Desk", 1299, 1000],
    ["3", "Headset", 15, 20],
    ["4", "Chair", 499, 100],
    ["5", "Monitor", 1299, 1000],
    ["6", "Printer", 6999, 300],
    ["7", "Router", 3999, 2000],
    ["8", "Projector", 100000, 6000],
    ["9", "Tablet", 9999, 800],
  ] as const
).map(([upc, name, price, weight]) => ({ upc, name, price, weight }));

/** Which products are in stock (the inventory subgraph's own field). */
export const inStock: Record<string, boolean> = { 1: true, 2: false, 3: false, 4: false, 5: true, 6: true, 7: true, 8: false, 9: true };

const SENTENCE = "Residents practised sending email, filling in forms and spotting scams at the library's open lab. ";

/** A body of exactly `length` characters, so the answer's size matches the benchmark's. */
const body = (length: number) => SENTENCE.repeat(Math.ceil(length / SENTENCE.length)).slice(0, length);

// Four reviews each of products 1 and 2, one of 3, two of 4, as in the benchmark; the lengths make TestQuery's answer ~87 KB.
export const reviews: Review[] = (
  [
    ["1", 461, "1"],
    ["2", 289, "1"],
    ["3", 280, "1"],
    ["4", 146, "1"],
    ["5", 461, "2"],
    ["6", 289, "2"],
    ["7", 280, "2"],
    ["8", 146, "2"],
    ["9", 146, "3"],
    ["10", 146, "4"],
    ["11", 845, "4"],
  ] as const
).map(([id, length, productUpc]) => ({ id, body: body(length), productUpc }));

/** As in the benchmark, every review's author is user 1, and every user's reviews are the first two. */
export const authorReviews = reviews.slice(0, 2);
