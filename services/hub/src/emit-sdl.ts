import { emitSdl } from "@dlhub/subgraph-kit";
import { hub } from "./hub.js";

void emitSdl(hub, __dirname);
