import { emitSdl } from "@dlhub/subgraph-kit";
import { immigrantAffairs } from "./department.js";

void emitSdl(immigrantAffairs, __dirname);
