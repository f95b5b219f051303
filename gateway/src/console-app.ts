import { join, sep } from "node:path";
import express, { type Express, type Request } from "express";

/** Paths the gateway answers itself; the console's fallback never shadows them. */
const GATEWAY_PATHS = /^\/(graphql|explorer|console|health|ready)(\/|$)/;

/**
 * Serves the built console at `/`. The console routes in the browser (`/initiatives?audience=…`,
 * `/map`), so a page load or reload of such a URL gets index.html; only navigations fall back (an
 * Accept naming text/html, no file extension), so a missing script or image is a plain 404, never
 * an HTML page in its place. Vite names built assets by their content hash: they are cached for
 * a year, while index.html is revalidated on every load so a new build shows at once.
 */
export function mountConsoleApp(app: Express, directory: string | null): void {
  if (!directory) {
    app.get("/", (_request, response) => response.redirect(302, "/explorer"));
    return;
  }
  const index = join(directory, "index.html");
  const hashedAssets = join(directory, "assets") + sep;
  app.use(
    express.static(directory, {
      setHeaders: (response, path) => {
        response.setHeader("Cache-Control", path.startsWith(hashedAssets) ? "public, max-age=31536000, immutable" : "no-cache");
      },
    }),
  );
  app.use((request, response, next) => {
    if ((request.method !== "GET" && request.method !== "HEAD") || GATEWAY_PATHS.test(request.path) || !isNavigation(request)) {
      next();
      return;
    }
    response.sendFile(index, { headers: { "Cache-Control": "no-cache" } }, (error) => error && next(error));
  });
}

const isNavigation = (request: Request) => (request.get("accept") ?? "").includes("text/html") && !/\.[^/]*$/.test(request.path);
