import { runDepartment } from "@dlhub/subgraph-kit";
import { commerce } from "./department.js";
import { readEnv } from "./env.js";

void runDepartment(commerce, readEnv);
