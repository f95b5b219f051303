import { authorReviews, inStock, products, reviews, users } from "./data.js";

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires", "@provides"])';

type Resolvers = Record<string, Record<string, (...args: never[]) => unknown>>;

export interface GuildSubgraph {
  name: string;
  sdl: string;
  resolvers: Resolvers;
}

type ProductRef = { upc: string; price?: number | null; weight?: number | null };

/** The benchmark's four subgraphs: the same types, keys, @requires and @provides. */
export const guildSubgraphs: GuildSubgraph[] = [
  {
    name: "accounts",
    sdl: `${LINK}
      type Query { me: User  user(id: ID!): User  users: [User] }
      type User @key(fields: "id") { id: ID!  name: String  username: String @shareable  birthday: Int }`,
    resolvers: {
      Query: { me: () => users[0], user: (_: unknown, { id }: { id: string }) => users.find((u) => u.id === id), users: () => users },
      User: { __resolveReference: (ref: { id: string }) => users.find((u) => u.id === ref.id) },
    },
  },
  {
    name: "inventory",
    sdl: `${LINK}
      type Product @key(fields: "upc") { upc: String!  weight: Int @external  price: Int @external
        inStock: Boolean  shippingEstimate: Int @requires(fields: "price weight") }`,
    resolvers: {
      Product: {
        __resolveReference: (ref: ProductRef) => ({ ...ref, inStock: inStock[ref.upc] ?? null }),
        // Free above 1000, otherwise half the weight: the benchmark's rule.
        shippingEstimate: (p: ProductRef) => (p.price == null ? null : p.price > 1000 ? 0 : p.weight == null ? null : Math.trunc(p.weight / 2)),
      },
    },
  },
  {
    name: "products",
    sdl: `${LINK}
      type Query { topProducts(first: Int = 5): [Product] }
      type Product @key(fields: "upc") { upc: String!  name: String  price: Int  weight: Int }`,
    resolvers: {
      Query: { topProducts: (_: unknown, { first }: { first?: number }) => products.slice(0, first ?? 5) },
      Product: { __resolveReference: (ref: ProductRef) => products.find((p) => p.upc === ref.upc) },
    },
  },
  {
    name: "reviews",
    sdl: `${LINK}
      type Review @key(fields: "id") { id: ID!  body: String  product: Product  author: User @provides(fields: "username") }
      type User @key(fields: "id") { id: ID!  username: String @external  reviews: [Review] }
      type Product @key(fields: "upc") { upc: String!  reviews: [Review] }`,
    resolvers: {
      Review: {
        __resolveReference: (ref: { id: string }) => reviews.find((r) => r.id === ref.id),
        product: (r: { productUpc: string }) => ({ upc: r.productUpc }),
        author: () => ({ id: users[0].id, username: users[0].username, reviews: authorReviews }),
      },
      User: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, reviews: authorReviews }) },
      Product: {
        __resolveReference: (ref: ProductRef) => ({ upc: ref.upc }),
        reviews: (p: ProductRef) => reviews.filter((r) => r.productUpc === p.upc),
      },
    },
  },
];

/** The benchmark's TestQuery, word for word: five levels of entities across all four subgraphs. */
export const TEST_QUERY = `fragment User on User { id username name }
fragment Review on Review { id body }
fragment Product on Product { inStock name price shippingEstimate upc weight }
query TestQuery {
  users { ...User reviews { ...Review product { ...Product reviews { ...Review author { ...User reviews { ...Review product { ...Product } } } } } } }
  topProducts { ...Product reviews { ...Review author { ...User reviews { ...Review product { ...Product } } } } }
}`;
