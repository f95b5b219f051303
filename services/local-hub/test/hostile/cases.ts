import { type Exchange, graphql, send } from "./http";
import { requestCases } from "./request-cases";
import { type HostileTokens } from "./tokens";

export interface HostileContext {
  gatewayUrl: string;
  /** The libraries subgraph's own URL, called directly (around the gateway). */
  librariesUrl: string;
  /** The schema registry's base URL. */
  registryUrl: string;
  tokens: HostileTokens;
  library: { id: string; version: number };
  parks: { id: string; version: number };
  /** A catalog initiative the coordinator can annotate. */
  catalogId: string;
  forgedIdentity: { wrongSecret: string; algNone: string };
}

export interface HostileCase {
  category: string;
  name: string;
  run(context: HostileContext): Promise<Exchange>;
  /** The first error's `extensions.code`; null: the request is harmless and answers normally. */
  code: string | null;
  status?: number;
}

const json = (url: string, body: string, headers: Record<string, string> = { "content-type": "application/json" }) => send(url, { headers, body });
const search = (text: string) => (c: HostileContext) =>
  graphql(c.gatewayUrl, `query ($text: String) { initiatives(filter: { search: $text }, first: 5) { totalCount nodes { title } } }`, { variables: { text } });
const updateLibrary = (input: (c: HostileContext) => Record<string, unknown>, token: (c: HostileContext) => string | undefined) => (c: HostileContext) =>
  graphql(c.gatewayUrl, `mutation ($input: UpdateLibraryInitiativeInput!) { updateLibraryInitiative(input: $input) { id version title } }`, {
    variables: { input: { id: c.library.id, version: c.library.version, ...input(c) } },
    token: token(c),
  });
const note = (body: string, token: (c: HostileContext) => string | undefined) => (c: HostileContext) =>
  graphql(c.gatewayUrl, `mutation ($input: AddCoordinatorNoteInput!) { addCoordinatorNote(input: $input) { id } }`, {
    variables: { input: { initiativeId: c.catalogId, body } },
    token: token(c),
  });
const asCoordinatorReading = (token: (c: HostileContext) => string | undefined) => (c: HostileContext) =>
  graphql(c.gatewayUrl, `{ initiatives(first: 1) { nodes { title } } }`, { token: token(c) });
const nested = (depth: number) => `{ neighborhoods { ${"initiatives(first: 1) { nodes { sites { neighborhood { ".repeat(depth)}name${" } } } }".repeat(depth)} } }`;

export const hostileCases: HostileCase[] = [
  // Malformed requests
  { category: "malformed", name: "a body that is not JSON", run: (c) => json(c.gatewayUrl, "{ query: nope"), code: "BAD_REQUEST", status: 400 },
  { category: "malformed", name: "JSON without a query", run: (c) => json(c.gatewayUrl, `{"variables":{}}`), code: "BAD_REQUEST", status: 400 },
  { category: "malformed", name: "a query that is a number", run: (c) => json(c.gatewayUrl, `{"query":42}`), code: "BAD_REQUEST", status: 400 },
  { category: "malformed", name: "variables that are a string", run: (c) => json(c.gatewayUrl, `{"query":"{ __typename }","variables":"x"}`), code: "BAD_REQUEST", status: 400 },
  { category: "malformed", name: "a GraphQL syntax error", run: (c) => graphql(c.gatewayUrl, "{ initiatives(first: ) }"), code: "GRAPHQL_PARSE_FAILED", status: 400 },
  { category: "malformed", name: "an unterminated string", run: (c) => graphql(c.gatewayUrl, `{ initiatives(filter: { search: "abc }) { totalCount } }`), code: "GRAPHQL_PARSE_FAILED", status: 400 },
  { category: "malformed", name: "an unknown field", run: (c) => graphql(c.gatewayUrl, "{ initiatives { nodes { password } } }"), code: "GRAPHQL_VALIDATION_FAILED", status: 400 },
  { category: "malformed", name: "a variable of the wrong type", run: (c) => graphql(c.gatewayUrl, "query ($n: Int!) { initiatives(first: $n) { totalCount } }", { variables: { n: "ten" } }), code: "BAD_USER_INPUT" },
  { category: "malformed", name: "a text/plain POST (CSRF)", run: (c) => json(c.gatewayUrl, `{"query":"{ __typename }"}`, { "content-type": "text/plain" }), code: "BAD_REQUEST", status: 400 },
  { category: "malformed", name: "a mutation over GET", run: (c) => send(`${c.gatewayUrl}?query=${encodeURIComponent("mutation { __typename }")}`, { method: "GET", headers: { "apollo-require-preflight": "1" } }), code: "BAD_REQUEST", status: 405 },
  { category: "oversized", name: "a 200 kB body", run: (c) => json(c.gatewayUrl, JSON.stringify({ query: `{ __typename }`, variables: { pad: "x".repeat(200_000) } })), code: "REQUEST_TOO_LARGE", status: 413 },
  { category: "oversized", name: "a 5 MB body", run: (c) => json(c.gatewayUrl, JSON.stringify({ query: "x".repeat(5_000_000) })), code: "REQUEST_TOO_LARGE", status: 413 },

  // Query limits
  { category: "limits", name: "nesting 12 levels deep", run: (c) => graphql(c.gatewayUrl, nested(4)), code: "QUERY_LIMIT_EXCEEDED", status: 400 },
  { category: "limits", name: "an alias bomb (60 aliases)", run: (c) => graphql(c.gatewayUrl, `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: initiatives(first: 100) { totalCount }`).join(" ")} }`), code: "QUERY_LIMIT_EXCEEDED", status: 400 },
  {
    category: "limits",
    name: "a fragment bomb (fragments spreading fragments)",
    run: (c) =>
      graphql(
        c.gatewayUrl,
        `{ initiatives(first: 100) { nodes { ...F5 } } }
         fragment F0 on Initiative { title sites { name neighborhood { name } } }
         ${[1, 2, 3, 4, 5].map((i) => `fragment F${i} on Initiative { ...F${i - 1} a${i}: sites { neighborhood { initiatives(first: 100) { nodes { ...F${i - 1} } } } } }`).join("\n")}`,
      ),
    code: "QUERY_LIMIT_EXCEEDED",
    status: 400,
  },
  { category: "limits", name: "a fragment cycle", run: (c) => graphql(c.gatewayUrl, `{ initiatives { nodes { ...A } } } fragment A on Initiative { ...B } fragment B on Initiative { ...A }`), code: "GRAPHQL_VALIDATION_FAILED", status: 400 },
  { category: "limits", name: "a directive flood", run: (c) => graphql(c.gatewayUrl, `{ __typename ${"@skip(if: false) ".repeat(50)} }`), code: "QUERY_LIMIT_EXCEEDED", status: 400 },
  { category: "limits", name: "a token flood", run: (c) => graphql(c.gatewayUrl, `{ ${"__typename ".repeat(3000)} }`), code: "QUERY_LIMIT_EXCEEDED", status: 400 },
  { category: "limits", name: "initiatives(first: 1000)", run: (c) => graphql(c.gatewayUrl, "{ initiatives(first: 1000) { totalCount } }"), code: "BAD_USER_INPUT" },
  { category: "limits", name: "initiatives(first: -1)", run: (c) => graphql(c.gatewayUrl, "{ initiatives(first: -1) { totalCount } }"), code: "BAD_USER_INPUT" },
  { category: "limits", name: "libraryInitiatives(first: 101)", run: (c) => graphql(c.gatewayUrl, "{ libraryInitiatives(first: 101) { nodes { title } } }"), code: "BAD_USER_INPUT" },
  { category: "limits", name: "coverageGaps(limit: 100000)", run: (c) => graphql(c.gatewayUrl, "{ coverageGaps(limit: 100000) { score } }"), code: "BAD_USER_INPUT" },
  { category: "limits", name: "overlaps(limit: 500)", run: (c) => graphql(c.gatewayUrl, "{ overlaps(limit: 500) { from } }"), code: "BAD_USER_INPUT" },
  // The cost limit multiplies by `first`, so it refuses before the Int parse would.
  { category: "limits", name: "first beyond a 32-bit integer", run: (c) => graphql(c.gatewayUrl, "{ initiatives(first: 99999999999) { totalCount } }"), code: "QUERY_LIMIT_EXCEEDED", status: 400 },

  // Invalid enums and dates
  { category: "enums and dates", name: "an unknown audience literal", run: (c) => graphql(c.gatewayUrl, "{ initiatives(filter: { audiences: [ROBOTS] }) { totalCount } }"), code: "GRAPHQL_VALIDATION_FAILED", status: 400 },
  { category: "enums and dates", name: "an unknown audience variable", run: (c) => graphql(c.gatewayUrl, "query ($a: [Audience!]) { initiatives(filter: { audiences: $a }) { totalCount } }", { variables: { a: ["ROBOTS"] } }), code: "BAD_USER_INPUT" },
  { category: "enums and dates", name: "a lower-case department", run: (c) => graphql(c.gatewayUrl, "query ($d: [Department!]) { initiatives(filter: { departments: $d }) { totalCount } }", { variables: { d: ["libraries"] } }), code: "BAD_USER_INPUT" },
  { category: "enums and dates", name: "the 45th of the 13th month", run: (c) => graphql(c.gatewayUrl, `{ initiatives(filter: { from: "2024-13-45" }) { totalCount } }`), code: "GRAPHQL_VALIDATION_FAILED" },
  { category: "enums and dates", name: "30 February as a variable", run: (c) => graphql(c.gatewayUrl, "query ($d: LocalDate) { initiatives(filter: { activeOn: $d }) { totalCount } }", { variables: { d: "2024-02-30" } }), code: "BAD_USER_INPUT" },
  { category: "enums and dates", name: "a date in words", run: (c) => graphql(c.gatewayUrl, "query ($d: LocalDate) { initiatives(filter: { to: $d }) { totalCount } }", { variables: { d: "yesterday" } }), code: "BAD_USER_INPUT" },
  { category: "enums and dates", name: "an edit ending before it starts", run: updateLibrary(() => ({ startDate: "2025-05-01", endDate: "2024-01-01" }), (c) => c.tokens.librariesEditor), code: "BAD_USER_INPUT" },
  { category: "enums and dates", name: "an edit with an unknown status", run: updateLibrary(() => ({ status: "DELETED" }), (c) => c.tokens.librariesEditor), code: "BAD_USER_INPUT" },

  // Injection and control characters
  { category: "injection", name: "SQL in the text search", run: search("'; DROP TABLE catalog_initiative; --"), code: null },
  { category: "injection", name: "a tautology in the text search", run: search(`" OR 1=1 --`), code: null },
  { category: "injection", name: "websearch operators only", run: search(`!!! ((( ): -- "" or or -`), code: null },
  { category: "injection", name: "a NUL byte in the text search", run: search("computer\u0000class"), code: "BAD_USER_INPUT" },
  { category: "injection", name: "terminal escapes in the text search", run: search("\u001b[31mcomputer\u0007"), code: "BAD_USER_INPUT" },
  { category: "injection", name: "a 10,000-character search", run: search("computer ".repeat(1100)), code: "BAD_USER_INPUT" },
  { category: "injection", name: "SQL as an initiative id", run: (c) => graphql(c.gatewayUrl, `{ initiative(id: "1' OR '1'='1") { title } }`), code: null },
  { category: "injection", name: "SQL as a neighborhood id", run: (c) => graphql(c.gatewayUrl, `{ neighborhood(id: "x; DELETE FROM neighborhood") { name } }`), code: null },
  { category: "injection", name: "a title with control characters", run: updateLibrary(() => ({ title: "Computer\u0000basics\u0008" }), (c) => c.tokens.librariesEditor), code: "BAD_USER_INPUT" },
  { category: "injection", name: "a coordinator note with a NUL byte", run: note("see\u0000this", (c) => c.tokens.coordinator), code: "BAD_USER_INPUT" },

  // Unicode edge cases
  { category: "unicode", name: "emoji and astral characters in the search", run: search("📚💻 𝔠𝔬𝔪𝔭𝔲𝔱𝔢𝔯"), code: null },
  { category: "unicode", name: "a lone surrogate in the search", run: (c) => json(c.gatewayUrl, `{"query":"query ($t: String) { initiatives(filter: { search: $t }) { totalCount } }","variables":{"t":"\\ud800abc"}}`), code: null },
  // A bidirectional override makes text read differently from what it says: refused like a control character.
  { category: "unicode", name: "a right-to-left override in the search", run: search("\u202ecomputer"), code: "BAD_USER_INPUT" },
  { category: "unicode", name: "zero-width joiners in the search", run: search("com\u200bputer\u200d"), code: null },
  { category: "unicode", name: "decomposed accents", run: search("Cafe\u0301 nume\u0301rique"), code: null },
  { category: "unicode", name: "a 5,000-character title", run: updateLibrary(() => ({ title: "é".repeat(5000) }), (c) => c.tokens.librariesEditor), code: "BAD_USER_INPUT" },
  { category: "unicode", name: "an empty title", run: updateLibrary(() => ({ title: "   " }), (c) => c.tokens.librariesEditor), code: "BAD_USER_INPUT" },

  // Tokens
  { category: "tokens", name: "a coordinator write without a token", run: note("a note", () => undefined), code: "UNAUTHENTICATED" },
  { category: "tokens", name: "an expired token", run: asCoordinatorReading((c) => c.tokens.expired), code: "UNAUTHENTICATED", status: 401 },
  { category: "tokens", name: "a tampered token", run: asCoordinatorReading((c) => c.tokens.tampered), code: "UNAUTHENTICATED", status: 401 },
  { category: "tokens", name: "an `alg: none` token", run: asCoordinatorReading((c) => c.tokens.algNone), code: "UNAUTHENTICATED", status: 401 },
  { category: "tokens", name: "a token signed with another secret", run: asCoordinatorReading((c) => c.tokens.otherSecret), code: "UNAUTHENTICATED", status: 401 },
  { category: "tokens", name: "a token that is not a JWT", run: asCoordinatorReading((c) => c.tokens.garbage), code: "UNAUTHENTICATED", status: 401 },
  { category: "tokens", name: "a token naming an unknown role", run: asCoordinatorReading((c) => c.tokens.unknownRole), code: "UNAUTHENTICATED", status: 401 },
  { category: "tokens", name: "an edit without a token", run: updateLibrary(() => ({ title: "Anonymous edit" }), () => undefined), code: "UNAUTHENTICATED" },

  // Roles
  {
    category: "roles",
    name: "a libraries editor writing a parks initiative",
    run: (c) =>
      graphql(c.gatewayUrl, `mutation ($input: UpdateParksInitiativeInput!) { updateParksInitiative(input: $input) { id } }`, {
        variables: { input: { id: c.parks.id, version: c.parks.version, title: "Taken over" } },
        token: c.tokens.librariesEditor,
      }),
    code: "FORBIDDEN",
  },
  { category: "roles", name: "a publisher editing its department's data", run: updateLibrary(() => ({ title: "Published edit" }), (c) => c.tokens.librariesPublisher), code: "FORBIDDEN" },
  { category: "roles", name: "the coordinator editing a department's data", run: updateLibrary(() => ({ title: "Coordinator edit" }), (c) => c.tokens.coordinator), code: "FORBIDDEN" },
  { category: "roles", name: "an editor writing a coordinator note", run: note("an editor's note", (c) => c.tokens.parksEditor), code: "FORBIDDEN" },
  { category: "roles", name: "an anonymous reader asking for partner contacts", run: (c) => graphql(c.gatewayUrl, `{ partners { name contactEmail } }`), code: "UNAUTHENTICATED" },
  { category: "roles", name: "a stale version", run: updateLibrary((c) => ({ version: c.library.version - 1, title: "Stale edit" }), (c) => c.tokens.librariesEditor), code: "CONFLICT" },
  { category: "roles", name: "an initiative that does not exist", run: updateLibrary(() => ({ id: "999999999", title: "Ghost" }), (c) => c.tokens.librariesEditor), code: "NOT_FOUND" },

  // Around the gateway
  {
    category: "direct subgraph call",
    name: "a user's valid token sent straight to a subgraph",
    run: (c) =>
      graphql(c.librariesUrl, `mutation ($input: UpdateLibraryInitiativeInput!) { updateLibraryInitiative(input: $input) { id } }`, {
        variables: { input: { id: c.library.id, version: c.library.version, title: "Around the gateway" } },
        token: c.tokens.librariesEditor,
      }),
    code: "UNAUTHENTICATED",
  },
  {
    category: "direct subgraph call",
    name: "a forwarded identity signed with a guessed secret",
    run: (c) =>
      graphql(c.librariesUrl, `mutation ($input: UpdateLibraryInitiativeInput!) { updateLibraryInitiative(input: $input) { id } }`, {
        variables: { input: { id: c.library.id, version: c.library.version, title: "Forged" } },
        headers: { "x-dlhub-identity": c.forgedIdentity.wrongSecret },
      }),
    code: "UNAUTHENTICATED",
    status: 401,
  },
  {
    category: "direct subgraph call",
    name: "an unsigned forwarded identity",
    run: (c) => graphql(c.librariesUrl, `{ libraryInitiatives(first: 1) { nodes { title } } }`, { headers: { "x-dlhub-identity": c.forgedIdentity.algNone } }),
    code: "UNAUTHENTICATED",
    status: 401,
  },

  ...requestCases,
];
