import { readFileSync } from "node:fs";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";

/**
 * Stock @apollo/gateway on @apollo/server's standalone server, every option at its default: the
 * reference each round's ratios are taken against. `node stock-gateway.js <supergraph.graphql> <port>`.
 */
async function main(): Promise<void> {
  const [supergraphPath, port] = process.argv.slice(2);
  const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: readFileSync(supergraphPath, "utf8") }) });
  const { url } = await startStandaloneServer(server, { listen: { port: Number(port), host: "127.0.0.1" } });
  console.log(`stock @apollo/gateway at ${url}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
