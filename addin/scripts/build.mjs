// Bundles the pane (src/main.ts), the local preview (src/preview/preview.ts), the dialog sign-in page
// (src/signin/signin.ts) and the program page (src/admin/admin.ts, served at /admin/) with esbuild into dist/,
// with the static pages, styles and icons. MSAL is split into its own chunk, loaded only inside Outlook.
import { build } from "esbuild";
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";

const root = new URL("..", import.meta.url);
const dist = new URL("dist/", root);
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const result = await build({
  absWorkingDir: root.pathname,
  entryPoints: { taskpane: "src/main.ts", preview: "src/preview/preview.ts", signin: "src/signin/signin.ts", admin: "src/admin/admin.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  target: ["es2022"],
  minify: true,
  legalComments: "none",
  chunkNames: "chunks/[name]-[hash]",
  logLevel: "warning",
  metafile: true,
});

// What loads eagerly and what on demand, for scripts/size.mjs.
mkdirSync(new URL("node_modules/.cache/", root), { recursive: true });
writeFileSync(new URL("node_modules/.cache/addin-meta.json", root), JSON.stringify(result.metafile));

cpSync(new URL("static/", root), dist, { recursive: true });
cpSync(new URL("assets/", root), new URL("assets/", dist), { recursive: true });
console.log("addin: built dist/");
