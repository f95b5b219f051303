import { emitSdl } from "@dlhub/subgraph-kit";
import { it } from "./department.js";

void emitSdl(it, __dirname);
