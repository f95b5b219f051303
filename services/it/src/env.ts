import { departmentEnv } from "@dlhub/subgraph-kit";

/** The only reader of process.env in this service: IT_PORT, IT_DATABASE_URL, … */
export const readEnv = () => departmentEnv("it");
