// First: the tracing instrumentations must load before pg, graphql and http do.
import "@dlhub/subgraph-kit/tracing";
import { runDepartment } from "@dlhub/subgraph-kit";
import { libraries } from "./department.js";
import { readEnv } from "./env.js";

void runDepartment(libraries, readEnv);
