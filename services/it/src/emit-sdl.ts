import { emitSdl } from "@dlhub/subgraph-kit";
import { itDepartment } from "./department.js";

void emitSdl(itDepartment, __dirname);
