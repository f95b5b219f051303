import { type CommandGroup } from "./command.js";
import { operationsRegister } from "./operations-register.js";
import { subgraphCheck } from "./subgraph-check.js";
import { subgraphInit } from "./subgraph-init.js";
import { subgraphList } from "./subgraph-list.js";
import { subgraphPublish } from "./subgraph-publish.js";
import { supergraphFetch, supergraphRollback } from "./supergraph.js";
import { token } from "./token.js";
import { subgraphDelete } from "./subgraph-delete.js";
import { subgraphHistory } from "./subgraph-history.js";
import { subgraphIntrospect } from "./subgraph-introspect.js";
import { supergraphDiff, supergraphHistory } from "./supergraph-history.js";
import { operationsList } from "./operations-list.js";
import { webhooks } from "./webhooks.js";
import { usage } from "./usage.js";
import { department } from "./department.js";

/** The whole command tree; a new command is one more entry in a group (or a new group). */
export const DLHUB: CommandGroup = {
  name: "dlhub",
  summary: "build, check and publish DL Hub department subgraphs",
  children: [
    {
      name: "subgraph",
      summary: "create, check, publish, list, delete and inspect department subgraphs",
      children: [subgraphInit, subgraphCheck, subgraphPublish, subgraphList, subgraphDelete, subgraphHistory, subgraphIntrospect],
    },
    {
      name: "supergraph",
      summary: "fetch, roll back, list or compare versions of the composed supergraph",
      children: [supergraphFetch, supergraphRollback, supergraphHistory, supergraphDiff],
    },
    {
      name: "operations",
      summary: "register and list the operations clients depend on",
      children: [operationsRegister, operationsList],
    },
    token,
    webhooks,
    usage,
    department,
  ],
};
