import { type RenderedFile, type TemplateContext } from "./context.js";

/** package.json and tsconfig.json, in the shape of every other department's. */
export function packageFiles(context: TemplateContext): RenderedFile[] {
  const { names, repository, versions } = context;
  const manifest = {
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
