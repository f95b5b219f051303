import { departmentEnv } from "@dlhub/subgraph-kit";

/** The only reader of process.env in this service: IMMIGRANT_AFFAIRS_PORT, IMMIGRANT_AFFAIRS_DATABASE_URL, … */
export const readEnv = () => departmentEnv("immigrant-affairs");
