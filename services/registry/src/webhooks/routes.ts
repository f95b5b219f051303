import { type Request, Router } from "express";
import { type Identity, Role, hasRole } from "@dlhub/schema";
import { assertAllowed } from "../authorization.js";
import { type Webhooks } from "./store.js";

/**
 * Subscriptions and their delivery log are the coordinator's: a webhook names where DL Hub's
 * events go, and its secret signs them. POST /events is for DL Hub's own services (the hub's sync
 * alerts), never a person.
 */
export function webhookRoutes(webhooks: Webhooks, identify: (request: Request) => Promise<Identity>): Router {
  const router = Router();
  const coordinator = async (request: Request) => {
    const identity = await identify(request);
    assertAllowed(hasRole(identity, Role.COORDINATOR), "Only the coordinator may manage webhooks.");
    return identity;
  };

  router.post("/webhooks", async (request, response) => {
    const identity = await coordinator(request);
    response.status(201).json(await webhooks.subscribe(request.body, identity));
  });

  router.get("/webhooks", async (request, response) => {
    await coordinator(request);
    response.json({ webhooks: await webhooks.list() });
  });

  // Before /webhooks/:id, which would otherwise read "deliveries" as an id.
  router.get("/webhooks/deliveries", async (request, response) => {
    await coordinator(request);
    response.json({ deliveries: await webhooks.deliveries(request.query) });
  });

  router.delete("/webhooks/:id", async (request, response) => {
    await coordinator(request);
    response.json({ webhook: await webhooks.remove(request.params.id as string) });
  });

  router.post("/events", async (request, response) => {
    const identity = await identify(request);
    assertAllowed(hasRole(identity, Role.SERVICE), "Only DL Hub's own services may report events.");
    response.status(202).json(await webhooks.report(request.body, identity));
  });

  return router;
}
