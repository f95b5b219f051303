import { type Department } from "@dlhub/schema";
import { type DataSource } from "typeorm";
import { RequestLoaders } from "./loaders.js";

/** What every resolver of a department subgraph receives. */
export interface SubgraphContext {
  department?: Department;
  dataSource: DataSource;
  loaders: RequestLoaders;
}

export function createContext(department: Department | undefined, dataSource: DataSource): SubgraphContext {
  return { department, dataSource, loaders: new RequestLoaders(dataSource) };
}
