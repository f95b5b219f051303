import { ANONYMOUS, type Identity } from "@dlhub/schema";
import { type DataSource } from "typeorm";
import { RequestLoaders } from "./loaders.js";

/** What every resolver of a department subgraph receives. */
export interface SubgraphContext {
  /** The department's registered id (its subgraph name); absent in the hub's own subgraph. */
  departmentId?: string;
  /** The subgraph's name (`libraries`): an editor's token must name it to write here. */
  subgraph: string;
  /** Who is asking, as the gateway vouched for them; ANONYMOUS without a forwarded identity. */
  identity: Identity;
  dataSource: DataSource;
  loaders: RequestLoaders;
}

export interface ContextOptions {
  subgraph: string;
  departmentId?: string;
  dataSource: DataSource;
  identity?: Identity;
}

export function createContext(options: ContextOptions): SubgraphContext {
  return {
    departmentId: options.departmentId,
    subgraph: options.subgraph,
    identity: options.identity ?? ANONYMOUS,
    dataSource: options.dataSource,
    loaders: new RequestLoaders(options.dataSource),
  };
}
