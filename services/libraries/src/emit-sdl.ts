import { emitSdl } from "@dlhub/subgraph-kit";
import { libraries } from "./department.js";

void emitSdl(libraries, __dirname);
