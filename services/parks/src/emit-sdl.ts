import { emitSdl } from "@dlhub/subgraph-kit";
import { parks } from "./department.js";

void emitSdl(parks, __dirname);
