import { departmentEnv } from "@dlhub/subgraph-kit";

/** The only reader of process.env in this service: PARKS_PORT, PARKS_DATABASE_URL, … */
export const readEnv = () => departmentEnv("parks");
