/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where a console hosted apart from the gateway reads its settings; the same origin's /console/config.json by default. */
  readonly VITE_DLHUB_CONFIG_URL?: string;
}
