import { type CommandGroup } from "./command.js";
import { operationsRegister } from "./operations-register.js";
import { subgraphCheck } from "./subgraph-check.js";
import { subgraphInit } from "./subgraph-init.js";
import { subgraphList } from "./subgraph-list.js";
import { subgraphPublish } from "./subgraph-publish.js";
import { supergraphFetch, supergraphRollback } from "./supergraph.js";
import { token } from "./token.js";
import { usage } from "./usage.js";

/** The whole command tree; a new command is one more entry in a group (or a new group). */
export const DLHUB: CommandGroup = {
  name: "dlhub",
  summary: "build, check and publish DL Hub department subgraphs",
  children: [
    {
      name: "subgraph",
      summary: "create, check, publish and list department subgraphs",
      children: [subgraphInit, subgraphCheck, subgraphPublish, subgraphList],
    },
    {
      name: "supergraph",
      summary: "fetch or roll back the composed supergraph",
      children: [supergraphFetch, supergraphRollback],
    },
    {
      name: "operations",
      summary: "register the operations a client depends on",
      children: [operationsRegister],
    },
    token,
    usage,
  ],
};
