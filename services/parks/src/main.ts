import { runDepartment } from "@dlhub/subgraph-kit";
import { parks } from "./department.js";
import { readEnv } from "./env.js";

void runDepartment(parks, readEnv);
