import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// `npm run dev -w @dlhub/console` serves the console with hot reload and sends its GraphQL and
// config requests to a hub started by `npm start`; the built console needs no such proxy because
// the gateway serves it from the same origin.
const gateway = process.env.DLHUB_GATEWAY_URL ?? "http://localhost:4000";

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    // The whole app stays under 400 kB of gzipped JavaScript; one lazy page chunk may be large
    // (the charts, the map), which is expected.
    chunkSizeWarningLimit: 600,
  },
  server: { proxy: { "/graphql": gateway, "/console/": gateway, "/explorer": gateway } },
});
