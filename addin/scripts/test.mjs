// Runs the unit tests with Node's own test runner: esbuild compiles test/*.test.ts (TypeScript) to
// node_modules/.cache/unit-tests/, then `node --test` runs them.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";

const root = new URL("..", import.meta.url);
const out = new URL("node_modules/.cache/unit-tests/", root);
rmSync(out, { recursive: true, force: true });
const tests = readdirSync(new URL("test/", root)).filter((f) => f.endsWith(".test.ts"));

await build({
  absWorkingDir: root.pathname,
  entryPoints: tests.map((t) => `test/${t}`),
  outdir: out.pathname,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: ["node20"],
  packages: "external",
  logLevel: "warning",
});

const files = tests.map((t) => new URL(t.replace(/\.ts$/, ".mjs"), out).pathname);
const result = spawnSync(process.execPath, ["--test", ...files], { stdio: "inherit" });
process.exit(result.status ?? 1);
