import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ErrorCode, UnavailableError, httpStatusOf } from "@dlhub/schema";
import { type Logger } from "@dlhub/subgraph-kit";
import { GraphQLError } from "graphql";

type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource["process"]>>;
type DataSourceConfig = ConstructorParameters<typeof RemoteGraphQLDataSource>[0];

/** A department's subgraph could not answer: down, too slow, or with something that is not GraphQL. */
export class DepartmentUnavailableError extends UnavailableError {
  constructor(readonly department: string) {
    super(ErrorCode.DEPARTMENT_UNAVAILABLE, `The ${department} department is unavailable; its fields are null.`, { department });
  }
}

/** Carries a subgraph's GraphQL answer sent with an HTTP error status, to be passed on as an answer. */
class SubgraphAnswer extends Error {
  constructor(readonly response: SubgraphResponse) {
    super("a subgraph answered with an HTTP error status");
  }
}

/**
 * The gateway's connection to one department. When the department cannot be reached, takes too
 * long (the fetcher's timeout) or answers with a 5xx or anything but a GraphQL response, its part
 * of the query fails with DEPARTMENT_UNAVAILABLE naming it, and the gateway returns everything
 * the other departments answered. The next request tries the department again, so the gateway
 * recovers by itself when it is back. What a department says in a GraphQL response (BAD_USER_INPUT,
 * FORBIDDEN…) is passed on unchanged, even with a 4xx status. The raw cause (a socket error, the
 * subgraph's URL) is logged, never shown to clients.
 */
export class DepartmentDataSource extends RemoteGraphQLDataSource {
  constructor(
    readonly department: string,
    private readonly logger: Logger,
    config: DataSourceConfig,
  ) {
    super(config);
  }

  override async process(options: GraphQLDataSourceProcessOptions): Promise<SubgraphResponse> {
    let response: SubgraphResponse;
    try {
      response = await super.process(options);
    } catch (error) {
      if (error instanceof SubgraphAnswer) return error.response;
      throw error;
    }
    if (response.data === undefined && !Array.isArray(response.errors)) throw this.unavailable("the answer held neither data nor errors");
    return response;
  }

  /** Called by the base class for every failure to get a usable HTTP answer; whatever it throws is what fails. */
  override didEncounterError(error: Error, _request: unknown, response?: { status: number }): void {
    const status = response?.status ?? 0;
    if (status >= 400 && status < 500) {
      const body = error instanceof GraphQLError ? (error.extensions.response as { body?: unknown } | undefined)?.body : undefined;
      if (isGraphqlResponse(body)) throw new SubgraphAnswer(body);
      const code = REFUSALS.find((refusal) => httpStatusOf(refusal) === status);
      if (code) {
        throw new SubgraphAnswer({ errors: [new GraphQLError(`The ${this.department} department refused the request.`, { extensions: { code } })] });
      }
    }
    throw this.unavailable(status ? `HTTP ${status}` : error.message);
  }

  private unavailable(cause: string): DepartmentUnavailableError {
    this.logger.warn({ department: this.department, err: cause }, "department unavailable");
    return new DepartmentUnavailableError(this.department);
  }
}

/** A subgraph's 401 or 403 without a GraphQL body is told by the code of that status. */
const REFUSALS = [ErrorCode.UNAUTHENTICATED, ErrorCode.FORBIDDEN] as const;

function isGraphqlResponse(body: unknown): body is SubgraphResponse {
  if (typeof body !== "object" || body === null) return false;
  const errors = (body as { errors?: unknown }).errors;
  return Array.isArray(errors) && errors.length > 0 && errors.every((e) => typeof (e as { message?: unknown })?.message === "string");
}
