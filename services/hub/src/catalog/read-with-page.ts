import { type Neighborhood } from "../geography/neighborhood.entity.js";
import { type Site } from "./site.entity.js";

/**
 * Rows a catalog page read beside its own (page-alongside.ts), carried on the objects they belong
 * to rather than primed into the request's loaders: they are read only as far as the page's query
 * asks, and a loader is shared by every field of the request. A field resolver takes what its root
 * carries, and goes to its loader when it carries nothing (`undefined`; `null` is an answer).
 */
function readWithPage<T>(what: string) {
  const key = Symbol(what);
  return {
    carry(owner: object, value: T): void {
      (owner as Record<symbol, T>)[key] = value;
    },
    of(owner: object): T | undefined {
      return (owner as Record<symbol, T | undefined>)[key];
    },
  };
}

export const sitesReadWithPage = readWithPage<Site[]>("the initiative's sites, read with its catalog page");

export const neighborhoodReadWithPage = readWithPage<Neighborhood | null>("the site's neighborhood, read with its catalog page");
