// One lint configuration for every package; each package's `lint` script runs eslint on its own
// src/ and test/ folders and finds this file by walking up.
const tseslint = require("typescript-eslint");

module.exports = tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "**/*.js"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      // type-graphql and TypeORM take class constructors as `Function`.
      "@typescript-eslint/no-unsafe-function-type": "off",
    },
  },
  {
    files: ["**/test/**/*.ts", "**/*.test.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
