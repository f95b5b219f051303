import { useState, type FormEvent } from "react";
import type { Role } from "./console-config";
import { useSession } from "./session";

const ROLE_WORDS: Record<Role, string> = {
  coordinator: "Coordinator",
  editor: "Department editor",
  publisher: "Department publisher",
};

/** Development only: sign in as any role with the gateway's local development tokens. */
export function DevelopmentRolePicker({ roles, departments }: { roles: Role[]; departments: string[] }) {
  const session = useSession();
  const [role, setRole] = useState<Role>(roles[0] ?? "coordinator");
  const [department, setDepartment] = useState(departments[0] ?? "");
  const needsDepartment = role !== "coordinator";
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void session.signInForDevelopment(role, needsDepartment ? department : undefined);
  };
  return (
    <form className="role-picker" onSubmit={submit}>
      <label>
        Sign in as <span className="hint">(development)</span>
        <select value={role} onChange={(event) => setRole(event.target.value as Role)}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {ROLE_WORDS[r] ?? r}
            </option>
          ))}
        </select>
      </label>
      {needsDepartment && (
        <label>
          for
          <select value={department} onChange={(event) => setDepartment(event.target.value)}>
            {departments.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="submit">Sign in</button>
    </form>
  );
}
