import { type Request, Router } from "express";
import { type Identity, Role, hasRole } from "@dlhub/schema";
import { assertAllowed } from "../authorization.js";
import { type Departments } from "./store.js";

/** Registering is the coordinator's; the list is public, like the registry's other reads. */
export function departmentRoutes(departments: Departments, identify: (request: Request) => Promise<Identity>): Router {
  const router = Router();

  router.post("/departments", async (request, response) => {
    const identity = await identify(request);
    assertAllowed(hasRole(identity, Role.COORDINATOR), "Only the coordinator may register a department.");
    const registration = await departments.register(request.body, identity);
    response.status(registration.created ? 201 : 200).json(registration);
  });

  router.get("/departments", async (_request, response) => {
    response.json({ departments: await departments.list() });
  });

  return router;
}
