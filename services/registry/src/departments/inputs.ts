import { z } from "zod";
import { subgraphName } from "../inputs.js";

/**
 * A department to register. Its id is the subgraph name (same rule, same sentence when it is
 * wrong): the subgraph it publishes and the `department` its publisher token names.
 */
export const departmentInput = z
  .object({
    id: subgraphName,
    name: z.string().trim().min(1, "name must not be empty").max(200, "name must be at most 200 characters"),
    // Absent and blank both mean "no contact": the same registration whichever way it was written.
    contact: z
      .string()
      .trim()
      .max(200, "contact must be at most 200 characters")
      .optional()
      .transform((contact) => (contact ? contact : null)),
  })
  .strict();
