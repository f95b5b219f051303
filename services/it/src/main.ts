import { runDepartment } from "@dlhub/subgraph-kit";
import { itDepartment } from "./department.js";
import { readEnv } from "./env.js";

void runDepartment(itDepartment, readEnv);
