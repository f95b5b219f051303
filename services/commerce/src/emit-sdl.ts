import { emitSdl } from "@dlhub/subgraph-kit";
import { commerce } from "./department.js";

void emitSdl(commerce, __dirname);
