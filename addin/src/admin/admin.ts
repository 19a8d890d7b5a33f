// The program page (/admin/): the program at a glance with charts, every relationship with filters and paging, the
// CSV export, and the tenant's agenda template editor with a preview. Program admins only; built with the pane.
import { ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale, Tooltip } from "chart.js";
import { ApiClient } from "../api/client";
import { ApiProblem, messageOf } from "../api/problems";
import type { AdminRelationshipQuery, Me, ProgramReport, Relationship, RelationshipStatus } from "../api/types";
import { button, h, replace } from "../ui/dom";
import { cadenceText } from "../ui/format";
import { adminSignIn } from "./adminSignIn";
import { templateEditor } from "./templateEditor";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Legend, Tooltip);

const states: RelationshipStatus[] = ["proposed", "agreed", "invited", "active", "declined", "withdrawn", "ended"];
const stateColours: Record<RelationshipStatus, string> = {
  proposed: "#8764b8", agreed: "#00838f", invited: "#ca5010", active: "#0f5fb8", declined: "#a4262c", withdrawn: "#7a7574", ended: "#498205",
};

export interface AdminContext { api: ApiClient; me: Me; announce(message: string, kind?: "info" | "error"): void }

async function start(): Promise<void> {
  const app = document.getElementById("app")!;
  const who = document.getElementById("who")!;
  const status = document.getElementById("status")!;
  const announce = (message: string, kind: "info" | "error" = "info") => { status.className = `status ${kind}`; status.textContent = message; };
  try {
    const api = new ApiClient(await adminSignIn());
    const me = await api.me();
    who.textContent = `Signed in as ${me.displayName}`;
    const ctx: AdminContext = { api, me, announce };
    const report = await api.programReport();
    replace(app,
      reportPanel(report),
      relationshipsPanel(ctx, report),
      templateEditor(ctx));
  } catch (problem) {
    const forbidden = problem instanceof ApiProblem && problem.status === 403;
    replace(app, h("section", { class: "panel" }, h("h2", {}, forbidden ? "This page is for program admins" : "The program could not be read"),
      h("p", {}, forbidden
        ? "Your account does not have the MentorScheduler.Admin role. Ask your IT team to assign it to you in Microsoft Entra ID (Enterprise applications, MentorScheduler, Users and groups)."
        : messageOf(problem, "Try again in a moment."))));
  } finally {
    app.setAttribute("aria-busy", "false");
  }
}

function figure(label: string, value: string | number, note?: string): HTMLElement {
  return h("div", {}, h("dt", {}, label), h("dd", {}, String(value)), note ? h("dd", { class: "note" }, note) : null);
}

function reportPanel(report: ProgramReport): HTMLElement {
  const total = states.reduce((n, s) => n + report.relationships[s], 0);
  const open = report.relationships.proposed + report.relationships.agreed + report.relationships.invited + report.relationships.active;
  return h("section", { class: "panel", "aria-labelledby": "report-h" },
    h("h2", { id: "report-h" }, "The program at a glance"),
    h("dl", { class: "figures" },
      figure("Relationships", total, `${open} open`),
      figure("Active", report.relationships.active),
      figure("Sessions held", report.sessions.held),
      figure("Sessions planned", report.sessions.planned),
      figure("Sessions cancelled", report.sessions.cancelled),
      figure("Evaluations due", report.evaluations.due),
      figure("Evaluations overdue", report.evaluations.overdue),
      figure("Evaluations done", report.evaluations.done),
      figure("Quiet", report.quiet, "no session or notes for two cadence intervals"),
      figure("Days to first session", report.medianDaysToFirstSession ?? "–", "median, from the proposal")),
    h("div", { class: "charts" }, sessionsChart(report), statesChart(report)),
    mentorsTable(report),
    h("p", { class: "muted" }, `As of ${new Date(report.asOf).toUTCString()}. Months are UTC.`));
}

function sessionsChart(report: ProgramReport): HTMLElement {
  const canvas = h("canvas", { role: "img", "aria-label": "Sessions held and planned per month (the table below has the figures)" });
  queueMicrotask(() => new Chart(canvas, {
    type: "bar",
    data: {
      labels: report.sessionsByMonth.map((m) => m.month),
      datasets: [
        { label: "Held", data: report.sessionsByMonth.map((m) => m.held), backgroundColor: "#0f5fb8" },
        { label: "Planned", data: report.sessionsByMonth.map((m) => m.planned), backgroundColor: "#9bc2ec" },
        { label: "Cancelled", data: report.sessionsByMonth.map((m) => m.cancelled), backgroundColor: "#a4262c" },
      ],
    },
    options: { responsive: true, maintainAspectRatio: false, animation: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
  }));
  return h("figure", { class: "sessions-chart" },
    h("figcaption", {}, "Sessions per month: held, planned and cancelled"),
    h("div", { class: "chart" }, canvas),
    h("details", {}, h("summary", {}, "Show as a table"),
      h("table", {}, h("thead", {}, h("tr", {}, h("th", {}, "Month"), h("th", { class: "num" }, "Held"), h("th", { class: "num" }, "Planned"), h("th", { class: "num" }, "Cancelled"))),
        h("tbody", {}, ...report.sessionsByMonth.map((m) => h("tr", {}, h("td", {}, m.month), h("td", { class: "num" }, m.held), h("td", { class: "num" }, m.planned), h("td", { class: "num" }, m.cancelled)))))));
}

function statesChart(report: ProgramReport): HTMLElement {
  const shown = states.filter((s) => report.relationships[s] > 0);
  const canvas = h("canvas", { role: "img", "aria-label": "Relationships by state (the table below has the figures)" });
  queueMicrotask(() => new Chart(canvas, {
    type: "doughnut",
    data: { labels: shown, datasets: [{ data: shown.map((s) => report.relationships[s]), backgroundColor: shown.map((s) => stateColours[s]) }] },
    options: { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { position: "right" } } },
  }));
  return h("figure", { class: "states-chart" },
    h("figcaption", {}, "Relationships by state"),
    h("div", { class: "chart" }, canvas),
    h("details", {}, h("summary", {}, "Show as a table"),
      h("table", {}, h("tbody", {}, ...states.map((s) => h("tr", {}, h("th", { scope: "row" }, s), h("td", { class: "num" }, report.relationships[s])))))));
}

function mentorsTable(report: ProgramReport): HTMLElement {
  if (report.mentors.length === 0) return h("p", { class: "muted" }, "No mentor has an open relationship yet.");
  return h("div", {},
    h("h3", {}, "Mentors"),
    h("table", { class: "mentors" },
      h("thead", {}, h("tr", {}, h("th", {}, "Mentor"), h("th", { class: "num" }, "Active mentees"), h("th", { class: "num" }, "Meetings this month"), h("th", { class: "num" }, "Meetings a month they take"))),
      h("tbody", {}, ...report.mentors.map((m) => h("tr", {},
        h("td", {}, m.displayName, h("br"), h("span", { class: "muted" }, m.upn)),
        h("td", { class: "num" }, m.activeMentees),
        h("td", { class: `num ${m.meetingsThisMonth > m.capacity ? "warn" : ""}` }, m.meetingsThisMonth),
        h("td", { class: "num" }, m.capacity))))));
}

function relationshipsPanel(ctx: AdminContext, report: ProgramReport): HTMLElement {
  const statusSelect = h("select", { name: "status", id: "f-status" }, h("option", { value: "" }, "Any"), ...states.map((s) => h("option", { value: s }, s)));
  const mentorSelect = h("select", { name: "mentor", id: "f-mentor" }, h("option", { value: "" }, "Any"), ...report.mentors.map((m) => h("option", { value: m.upn }, m.displayName)));
  const search = h("input", { type: "search", name: "search", id: "f-search", maxLength: 200, placeholder: "Mentee or mentor" });
  const evaluationDue = h("input", { type: "checkbox", name: "evaluationDue" });
  const quiet = h("input", { type: "checkbox", name: "quiet" });
  const body = h("tbody");
  const count = h("p", { class: "muted", "aria-live": "polite" });
  // The cursors of the pages walked through, first page (no cursor) at the bottom.
  const pages: (string | undefined)[] = [undefined];
  let nextCursor: string | undefined;
  const previous = button("Previous page", () => { pages.pop(); void show(); }, { disabled: true });
  const next = button("Next page", () => { pages.push(nextCursor); void show(); }, { disabled: true });

  const query = (cursor: string | undefined): AdminRelationshipQuery => ({
    status: (statusSelect.value || undefined) as RelationshipStatus | undefined,
    mentor: mentorSelect.value || undefined,
    evaluationDue: evaluationDue.checked,
    quiet: quiet.checked,
    search: search.value,
    limit: 25,
    cursor,
  });

  const show = async () => {
    try {
      const page = await ctx.api.adminRelationships(query(pages[pages.length - 1]));
      nextCursor = page.next ?? undefined;
      replace(body, ...(page.items.length === 0
        ? [h("tr", {}, h("td", { colSpan: 6, class: "muted" }, "No relationship matches."))]
        : page.items.map(row)));
      count.textContent = page.items.length === 0 ? "" : `Page ${pages.length}: ${page.items.length} relationships${page.next ? ", more on the next page" : ""}.`;
      previous.disabled = pages.length <= 1;
      next.disabled = !page.next;
    } catch (problem) {
      ctx.announce(messageOf(problem, "The relationships could not be read."), "error");
    }
  };
  const reset = () => { pages.length = 1; void show(); };
  const form = h("form", { class: "filters", role: "search", "aria-label": "Filter relationships" },
    h("div", {}, h("label", { for: "f-status" }, "State"), statusSelect),
    h("div", {}, h("label", { for: "f-mentor" }, "Mentor"), mentorSelect),
    h("div", {}, h("label", { for: "f-search" }, "Name"), search),
    h("label", { class: "check" }, evaluationDue, "Evaluation due"),
    h("label", { class: "check" }, quiet, "Quiet"),
    h("button", { type: "submit" }, "Filter"));
  form.addEventListener("submit", (event) => { event.preventDefault(); reset(); });
  for (const control of [statusSelect, mentorSelect, evaluationDue, quiet]) control.addEventListener("change", reset);

  const download = button("Download CSV", () => void ctx.api.programCsv().then(({ blob, fileName }) => {
    const link = h("a", { href: URL.createObjectURL(blob), download: fileName });
    document.body.append(link);
    link.click();
    link.remove();
    ctx.announce(`Downloaded ${fileName}.`);
  }, (p: unknown) => ctx.announce(messageOf(p, "The CSV could not be made."), "error")));

  reset();
  return h("section", { class: "panel", "aria-labelledby": "rel-h" },
    h("h2", { id: "rel-h" }, "Relationships"),
    form,
    h("table", { class: "relationships" },
      h("thead", {}, h("tr", {}, h("th", {}, "Mentee"), h("th", {}, "Mentor"), h("th", {}, "State"), h("th", {}, "Cadence"), h("th", {}, "Evaluation"), h("th", {}, "Purpose"))),
      body),
    count,
    h("div", { class: "pager" }, previous, next, download));
}

function row(r: Relationship): HTMLElement {
  const evaluation = r.evaluation.status === "scheduled" ? `after meeting ${r.evaluation.afterMeeting}` : r.evaluation.status;
  return h("tr", { "data-relationship": r.id },
    h("td", {}, r.mentee.displayName),
    h("td", {}, r.mentor.displayName),
    h("td", {}, r.status),
    h("td", {}, cadenceText(r)),
    h("td", { class: r.evaluation.status === "overdue" ? "warn" : "" }, evaluation),
    h("td", {}, r.purpose));
}

void start();
