// The pane's own JS and CSS (without Office.js), gzipped: what the pane loads first, and the total with the
// MSAL chunk that only Outlook loads. Run after the build: `npm run size`.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const root = new URL("..", import.meta.url);
const meta = JSON.parse(readFileSync(new URL("node_modules/.cache/addin-meta.json", root), "utf8"));
const gz = (path) => gzipSync(readFileSync(new URL(path, root)), { level: 9 }).length;

/** The outputs reachable from an entry, following static imports only or dynamic ones too. */
function reachable(entry, withDynamic) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const imp of meta.outputs[path]?.imports ?? [])
      if (!imp.external && (imp.kind === "import-statement" || (withDynamic && imp.kind === "dynamic-import"))) visit(imp.path);
  };
  visit(entry);
  return [...seen];
}

const css = "dist/taskpane.css";
const first = [...reachable("dist/taskpane.js", false), css];
const all = [...reachable("dist/taskpane.js", true), css];
const kib = (paths) => Math.round((paths.reduce((sum, p) => sum + gz(p), 0) / 1024) * 10) / 10;
const report = { firstLoadGzipKiB: kib(first), withMsalGzipKiB: kib(all), goalGzipKiB: 150, firstLoadFiles: first, allFiles: all };
console.log(JSON.stringify(report, null, 2));
if (report.withMsalGzipKiB >= report.goalGzipKiB) {
  console.error(`The pane's JS+CSS is ${report.withMsalGzipKiB} KiB gzipped, over the ${report.goalGzipKiB} KiB goal.`);
  process.exit(1);
}
