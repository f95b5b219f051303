import { departmentEnv } from "@dlhub/subgraph-kit";

/** The only reader of process.env in this service: COMMERCE_PORT, COMMERCE_DATABASE_URL, … */
export const readEnv = () => departmentEnv("commerce");
