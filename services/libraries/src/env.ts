import { departmentEnv } from "@dlhub/subgraph-kit";

/** The only reader of process.env in this service: LIBRARIES_PORT, LIBRARIES_DATABASE_URL, … */
export const readEnv = () => departmentEnv("libraries");
