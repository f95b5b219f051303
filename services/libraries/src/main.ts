import { runDepartment } from "@dlhub/subgraph-kit";
import { libraries } from "./department.js";
import { readEnv } from "./env.js";

void runDepartment(libraries, readEnv);
