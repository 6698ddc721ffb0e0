import js from "@eslint/js";
import tseslint from "typescript-eslint";

const noVscode = { name: "vscode", message: "src/core, src/engine and src/cloud must not depend on vscode." };
const ioModules = ["fs", "node:fs", "fs/promises", "node:fs/promises", "child_process", "node:child_process", "http", "node:http", "https", "node:https", "net", "node:net"];

export default tseslint.config(
  { ignores: ["dist/", "out/", "node_modules/", ".vscode-test/", ".cache/", "bench/results/", "test/fixtures/models/", "test-results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-imports": "off",
    },
  },
  {
    // src/core and src/engine stay editor-agnostic: they run in plain Node, in tests, in the CLI.
    files: ["src/core/**/*.ts", "src/engine/**/*.ts", "src/cloud/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [noVscode] }] },
  },
  {
    // src/core is pure: the same input always gives the same output, so it is tested without a
    // disk, a process or a network, and any layer may call it. Files, processes and sockets
    // belong to the layers above it (src/catalog, src/models, src/engine, src/cloud).
    files: ["src/core/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [noVscode, ...ioModules.map((name) => ({ name, message: `src/core is pure: ${name} belongs to a layer above it, such as src/catalog or src/engine.` }))] }] },
  },
  {
    files: ["scripts/**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
);
