import { type ApolloServerPlugin } from "@apollo/server";
import { ErrorCode } from "@dlhub/schema";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type GraphQLFormattedError, type ParseOptions, type ValidationContext, type ValidationRule } from "graphql";
import { introspectionDepthRule } from "./introspection-depth.js";

/** How much one operation may ask of the gateway. */
export interface QueryLimits {
  /** Nested selections; fragments count as what they contain, not as a level of their own. */
  depth: number;
  /** Aliased fields (`__typename` is free): the "alias bomb" asks one expensive field many times. */
  aliases: number;
  directives: number;
  /** Lexical tokens, checked while parsing, before anything else is spent on the document. */
  tokens: number;
  /**
   * graphql-armor's estimate: 1 per scalar field; 2 per object field plus 1.5 times what its
   * selections cost, all multiplied by a literal `first` (not by a variable). The coordinator's costliest saved
   * query (the catalog with every department's detail) costs 3,738 at `first: 50` and 7,475 at
   * the largest page, `first: 100`.
   */
  cost: number;
  /**
   * Nesting below `__schema`, which the depth limit leaves to this one: graphql-js's own
   * introspection query (every option on, the one tools send) goes 15 deep.
   */
  introspectionDepth: number;
}

export type LimitName = keyof QueryLimits;

/** Sized so the coordinator's saved operations pass with room, and abuse fails long before it costs. */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { depth: 10, aliases: 15, directives: 10, tokens: 2000, cost: 10_000, introspectionDepth: 20 };

/** One limit broken; QUERY_LIMIT_EXCEEDED once formatted (see `labelLimitErrors`). */
class QueryLimitError extends GraphQLError {
  constructor(
    readonly limit: LimitName,
    readonly max: number,
    message: string,
  ) {
    super(message, { extensions: { limit, max } });
  }
}

export interface LimitOptions {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
}

/**
 * The Apollo Server options that enforce `limits`. Depth, aliases, directives and cost are
 * graphql-armor's validation rules (introspection depth is ours, ./introspection-depth.ts), and
 * its plugin hides "Did you mean …?" field suggestions, which would otherwise let anyone map a
 * schema with introspection turned off. Tokens are counted
 * by graphql-js's own parser (`maxLexicalTokens`) rather than armor's: armor's Apollo plugin
 * parses each document a second time and throws from a hook, which Apollo Server 5 turns into an
 * HTTP 500.
 */
export function queryLimitOptions(limits: QueryLimits = DEFAULT_QUERY_LIMITS): LimitOptions {
  // Reported to the validation context, so Apollo answers 400 with every broken limit at once.
  const report = (limit: LimitName) => ({
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(new QueryLimitError(limit, limits[limit], error.message.replace(/^Syntax Error: /, ""))),
    ],
  });
  const armor = new ApolloArmor({
    maxDepth: { n: limits.depth, flattenFragments: true, ...report("depth") },
    maxAliases: { n: limits.aliases, ...report("aliases") },
    maxDirectives: { n: limits.directives, ...report("directives") },
    costLimit: { maxCost: limits.cost, ...report("cost") },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  });
  const { plugins, validationRules } = armor.protect();
  const introspection = introspectionDepthRule(limits.introspectionDepth, (context, message) =>
    context.reportError(new QueryLimitError("introspectionDepth", limits.introspectionDepth, message)),
  );
  return { plugins, validationRules: [...validationRules, introspection], parseOptions: { maxLexicalTokens: limits.tokens } };
}

// graphql-js's parser message for too many tokens (16.x spells it "more that").
const TOO_MANY_TOKENS = /Document contains more tha[nt] (\d+) tokens/;

/**
 * Apollo Server codes every validation error GRAPHQL_VALIDATION_FAILED and every parse error
 * GRAPHQL_PARSE_FAILED; a broken limit gets QUERY_LIMIT_EXCEEDED with `limit` and `max`, so a
 * client can tell "too big" from "wrong".
 */
export function labelLimitErrors(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code === ErrorCode.GRAPHQL_VALIDATION_FAILED && causedByLimit(original)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.QUERY_LIMIT_EXCEEDED } };
  }
  const tokens = code === ErrorCode.GRAPHQL_PARSE_FAILED ? TOO_MANY_TOKENS.exec(formatted.message) : null;
  if (tokens) {
    return {
      message: `The document has more than ${tokens[1]} tokens.`,
      extensions: { code: ErrorCode.QUERY_LIMIT_EXCEEDED, limit: "tokens", max: Number(tokens[1]) },
    };
  }
  return formatted;
}

function causedByLimit(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 3; depth++) {
    if (current instanceof QueryLimitError) return true;
    current = (current as GraphQLError).originalError;
  }
  return false;
}
