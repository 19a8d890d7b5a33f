// View 1, My mentoring: requests to answer first (as mentor), then relationships as mentee and as mentor with
// status, next session and cadence, and closed ones under "Past".
import type { MyMentor, MyMentors, Relationship, Session } from "../../api/types";
import type { View, ViewContext } from "../context";
import { button, h, section } from "../dom";
import { cadenceText, isPast, statusFor } from "../format";
import { type Role, roleIn, timeFor } from "../people";
import { evaluationOpen } from "./evaluation";
import { answerForm } from "./proposal";

/** The app role of program admins (API.md "The program"). */
export const programAdminRole = "MentorScheduler.Admin";

export const myMentoringView: View<"mentoring"> = async (ctx) => {
  // A program admin's list holds the whole tenant's; the pane shows their own, and the program page the rest.
  const [all, mentors] = await Promise.all([ctx.api.relationships(), ctx.api.myMentors()]);
  const relationships = all.filter((r) => roleIn(ctx, r) !== "admin");
  const current = relationships.filter((r) => !isPast(r));
  const requests = current.filter((r) => roleIn(ctx, r) === "mentor" && r.status === "proposed");
  const asMentee = current.filter((r) => roleIn(ctx, r) === "mentee");
  const asMentor = current.filter((r) => roleIn(ctx, r) === "mentor" && r.status !== "proposed");
  const past = relationships.filter((r) => isPast(r));

  const root = h("div", { class: "view" }, h("h2", {}, "My mentoring"));
  if (ctx.item.kind === "appointment")
    root.append(h("div", { class: "banner" },
      h("p", {}, `Open on: ${ctx.item.subject ?? "a meeting"}`),
      button("Open this meeting", () => void ctx.navigate("meeting"))));

  if (ctx.me.roles.includes(programAdminRole))
    root.append(section("The program", 3,
      h("p", {}, "You run the mentoring program: its report, every relationship, the CSV export and the agenda template are on the program page."),
      h("p", {}, h("a", { href: new URL("/admin/", window.location.href).href, target: "_blank", rel: "noopener" }, "Open the program page"))));

  if (relationships.length === 0) {
    root.append(h("p", {}, "You have no mentoring relationships yet. Propose one to a mentor you would like to learn from."),
      button("New relationship", () => void ctx.navigate("new"), { class: "primary" }));
    return root;
  }

  if (requests.length > 0)
    root.append(section("Requests to answer", 3, h("ul", { class: "cards" }, ...requests.map((r) => request(ctx, r)))));
  root.append(
    section("As mentee", 3, list(ctx, asMentee, "mentee", "You are not anyone's mentee yet.")),
    section("As mentor", 3, list(ctx, asMentor, "mentor", requests.length > 0 ? "Nothing else yet." : "Nobody has asked you to mentor them yet.")));
  if (mentors.mentors.length > 0) root.append(mySetOfMentors(ctx, mentors));
  if (past.length > 0) root.append(section("Past", 3, list(ctx, past, "mentee", "")));
  return root;
};

const levelNames: Record<string, string> = {
  executive: "Executive", director: "Director", manager: "Manager", principal: "Principal", senior: "Senior", professional: "Professional", entry: "Entry",
};

/** My set of mentors, current and past, with level, function and expertise, so I see the spread; a prompt when it is narrow. */
function mySetOfMentors(ctx: ViewContext, mine: MyMentors): HTMLElement {
  const items = mine.mentors.map((m) => mentorLine(m));
  return section("My set of mentors", 3,
    h("ul", { class: "mentor-set", "aria-label": "My mentors" }, ...items),
    mine.prompt
      ? h("div", { class: "prompt" }, h("p", {}, mine.prompt), button("Find another mentor", () => void ctx.navigate("new"), { class: "link" }))
      : null);
}

export function mentorLine(m: MyMentor): HTMLElement {
  const when = m.status === "proposed" ? "Asked" : m.current ? "Current" : "Past";
  const spread = [m.level ? `${levelNames[m.level] ?? m.level} level` : "Level not known", m.department ?? "Function not known"].join(" · ");
  return h("li", { class: `mentor ${m.current ? "current" : "past"}` },
    h("p", {}, h("strong", {}, m.displayName), ` (${when})`),
    h("p", { class: "spread" }, spread),
    m.jobTitle ? h("p", { class: "muted" }, m.jobTitle) : null,
    m.expertise.length > 0 ? h("p", { class: "expertise" }, `Expertise: ${m.expertise.join(", ")}`) : null);
}

function list(ctx: ViewContext, relationships: Relationship[], role: Role, empty: string): HTMLElement {
  if (relationships.length === 0) return h("p", { class: "muted" }, empty);
  return h("ul", { class: "cards" }, ...relationships.map((r) => card(ctx, r, role === "admin" ? role : roleIn(ctx, r))));
}

/** A proposal to answer, with its agreement and the answer form. */
function request(ctx: ViewContext, r: Relationship): HTMLElement {
  return h("li", { class: "card request", "data-relationship": r.id },
    h("h4", {}, `${r.mentee.displayName} asks you to be their mentor`),
    h("p", {}, h("strong", {}, "Purpose: "), r.purpose),
    h("p", {}, h("strong", {}, "Goals: "), r.goals.join("; ")),
    h("p", {}, cadenceText(r)),
    answerForm(ctx, r, () => ctx.navigate("mentoring"), false));
}

function card(ctx: ViewContext, r: Relationship, role: Role): HTMLElement {
  const other = role === "mentee" ? r.mentor : role === "mentor" ? r.mentee : { displayName: `${r.mentee.displayName} and ${r.mentor.displayName}` };
  const next = h("p", { class: "next" }, r.series ? "Next session: looking…" : "Next session: not booked yet");
  const actions = h("div", { class: "actions" },
    button("Open", () => void ctx.navigate("relationship", { id: r.id }), { "aria-label": `Open the relationship with ${other.displayName}` }));
  if (r.status === "agreed" && role === "mentee")
    actions.append(button("Choose a time", () => void ctx.navigate("time", { id: r.id }), { class: "primary", "aria-label": `Choose a time with ${other.displayName}` }));
  if (r.series)
    actions.append(button("Sessions", () => void ctx.navigate("sessions", { id: r.id }), { "aria-label": `Sessions with ${other.displayName}` }));
  if (r.series) void fillNextSession(ctx, r, next);

  return h("li", { class: "card", "data-relationship": r.id },
    h("h4", {}, other.displayName),
    h("p", { class: `badge status-${r.status}` }, statusFor(r, role)),
    role !== "admin" && evaluationOpen(r)
      ? h("p", { class: `badge evaluation-${r.evaluation.status}` }, r.evaluation.status === "overdue" ? "Evaluation overdue: decide together" : "Evaluation due: open to evaluate")
      : null,
    h("p", {}, cadenceText(r)),
    next,
    actions);
}

async function fillNextSession(ctx: ViewContext, r: Relationship, target: HTMLElement): Promise<void> {
  try {
    const [sessions, now] = await Promise.all([ctx.api.sessions(r.id), ctx.host.now()]);
    const next = sessions.find((s: Session) => s.status === "scheduled" && new Date(s.end) > now);
    target.textContent = next
      ? `Next session: ${timeFor(ctx, r, next.start)} (${next.number} of ${r.meetingCount})`
      : "Next session: none left";
  } catch {
    target.textContent = "Next session: could not be read just now";
  }
}

