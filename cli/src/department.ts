import { type Command, type CommandGroup } from "./command.js";
import { usageError } from "./io.js";

/**
 * `dlhub department …`: the departments the registry knows. The coordinator registers one before
 * its publisher's first publish; the registry checks the id and name, the CLI only that they were given.
 */

const departmentRegister: Command = {
  name: "register",
  summary: "register a department so its publisher may publish its subgraph (coordinator)",
  synopsis: "<id> --name <display name> [--contact <e-mail or text>]",
  positionals: { min: 1, max: 1 },
  options: {
    name: { type: "string", value: "<display name>", description: 'what people call it, e.g. "Office of Arts, Culture and the Creative Economy"' },
    contact: { type: "string", value: "<contact>", description: "who to ask about its data: an e-mail address or a line of text" },
  },
  async run(context) {
    const { name, contact } = context.values;
    if (typeof name !== "string" || name.trim() === "") throw usageError('--name <display name> is required, e.g. --name "Office of Arts, Culture and the Creative Economy".');
    const id = context.positionals[0] as string;
    const { department, created } = await context.registry().registerDepartment({ id, name, ...(typeof contact === "string" ? { contact } : {}) });
    const contactText = department.contact ? `, contact ${department.contact}` : "";
    const first = created
      ? `Registered department ${department.id} (${department.name}${contactText}); its publisher may now publish the ${department.id} subgraph.`
      : `Department ${department.id} (${department.name}${contactText}) was already registered, by ${department.registeredBy} at ${department.registeredAt}; nothing changed.`;
    return { text: [first], data: { department, created } };
  },
};

const departmentList: Command = {
  name: "list",
  summary: "list the registered departments",
  synopsis: "",
  options: {},
  async run(context) {
    const departments = await context.registry().departments();
    if (departments.length === 0) return { text: ["No departments are registered. Register one with `dlhub department register <id> --name <display name>`."], data: departments };
    const width = Math.max(...departments.map((d) => d.id.length));
    return {
      text: [
        `Departments registered in ${context.registryUrl} (${departments.length}):`,
        ...departments.map((d) => `  - ${d.id.padEnd(width)}  ${d.name}${d.contact ? `  (contact: ${d.contact})` : ""}  registered ${d.registeredAt} by ${d.registeredBy}`),
      ],
      data: departments,
    };
  },
};

export const department: CommandGroup = {
  name: "department",
  summary: "register and list the departments that may publish subgraphs",
  children: [departmentRegister, departmentList],
};
