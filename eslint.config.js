// One lint configuration for every package; each package's `lint` script runs eslint on its own
// src/ and test/ folders and finds this file by walking up.
const tseslint = require("typescript-eslint");
const reactHooks = require("eslint-plugin-react-hooks");

module.exports = tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "**/*.js", "console/src/graphql/generated/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      // type-graphql and TypeORM take class constructors as `Function`.
      "@typescript-eslint/no-unsafe-function-type": "off",
    },
  },
  {
    // The console is React: hooks are called in the same order on every render, with every
    // value they read listed as a dependency.
    files: ["console/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
  {
    files: ["**/test/**/*.ts", "**/*.test.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
