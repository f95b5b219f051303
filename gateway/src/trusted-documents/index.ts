import { type ApolloServerPlugin, type BaseContext } from "@apollo/server";
import { ConfigurationError, type Logger } from "@dlhub/subgraph-kit";
import { type RequestHandler } from "express";
import { NO_DOCUMENTS, RegistryDocuments } from "./document-list.js";
import { type TrustedDocumentsMode, trustedDocumentsHandlers } from "./trusted-documents.js";

export { type DocumentLookup, NO_DOCUMENTS, RegistryDocuments } from "./document-list.js";
export { type TrustedDocumentsMode, trustedDocumentsHandlers } from "./trusted-documents.js";

export interface TrustedDocumentsOptions {
  /** Default `allowed`; the gateway's `main` reads GATEWAY_TRUSTED_DOCUMENTS (`required` under NODE_ENV=production). */
  mode?: TrustedDocumentsMode;
}

export interface TrustedDocuments {
  /** Mounted on /graphql after the rate limit, before Apollo Server. */
  handlers: RequestHandler[];
  /** Follows the registry's list while Apollo Server runs. */
  lifecycle: ApolloServerPlugin<BaseContext>;
  /** For /ready: the list followed from the registry; null without a registry. */
  status(): ReturnType<RegistryDocuments["status"]> | null;
}

/**
 * The gateway's trusted documents: the registry's list when it follows a registry, none with a
 * fixed supergraph file, where requiring them would refuse every request.
 */
export function trustedDocuments(
  options: TrustedDocumentsOptions,
  registry: { registryUrl: string; pollIntervalMs?: number } | null,
  logger: Logger,
): TrustedDocuments {
  const mode = options.mode ?? "allowed";
  if (!registry) {
    if (mode === "required") throw new ConfigurationError(["GATEWAY_TRUSTED_DOCUMENTS: required needs GATEWAY_REGISTRY_URL, the registry whose saved operations are the trusted documents"]);
    return { handlers: trustedDocumentsHandlers(mode, NO_DOCUMENTS), lifecycle: {}, status: () => null };
  }
  const documents = new RegistryDocuments({ registryUrl: registry.registryUrl, pollIntervalMs: registry.pollIntervalMs ?? 1000, logger });
  return {
    handlers: trustedDocumentsHandlers(mode, documents),
    lifecycle: {
      async serverWillStart() {
        documents.start();
        return {
          async serverWillStop() {
            documents.stop();
          },
        };
      },
    },
    status: () => documents.status(),
  };
}
