import { runDepartment } from "@dlhub/subgraph-kit";
import { immigrantAffairs } from "./department.js";
import { readEnv } from "./env.js";

void runDepartment(immigrantAffairs, readEnv);
