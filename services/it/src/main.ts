import { runDepartment } from "@dlhub/subgraph-kit";
import { it } from "./department.js";
import { readEnv } from "./env.js";

void runDepartment(it, readEnv);
