import { useMemo } from "react";
import { useQuery } from "urql";
import { departmentColor } from "../maps/leaflet-map";
import { DepartmentListDocument } from "./generated/graphql";

export interface Departments {
  /** [registered id, registered name], in the hub's order: the choices of a department filter. */
  choices: [string, string][];
  ids: string[];
  /** A department's colour on maps and legends; a department not (yet) listed gets the first. */
  colorOf(departmentId: string): string;
}

/**
 * The departments the hub follows, asked once and shared by every page through urql's cache: the
 * console lists no department of its own, so one registered tomorrow shows up in its filters and
 * maps with no change here.
 */
export function useDepartments(): Departments {
  const [result] = useQuery({ query: DepartmentListDocument });
  const list = result.data?.departments;
  return useMemo(() => {
    const choices = (list ?? []).map((d): [string, string] => [d.departmentId, d.departmentName]);
    const ids = choices.map(([id]) => id);
    return { choices, ids, colorOf: (departmentId: string) => departmentColor(departmentId, ids) };
  }, [list]);
}
