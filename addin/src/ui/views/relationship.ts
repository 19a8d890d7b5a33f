// View 6, Relationship: the agreement, timeline, open action items (mark done), sessions (cancel one) and
// amending the cadence.
import { ApiProblem, messageOf } from "../../api/problems";
import type { Frequency, Relationship, Session } from "../../api/types";
import type { View, ViewContext } from "../context";
import { append, button, h, replace, section } from "../dom";
import { errorSummary, field, fieldset, FormErrors } from "../forms";
import { cadenceText, formatDate, frequencyLabels, statusFor } from "../format";
import { roleIn, timeFor } from "../people";
import { endForm } from "./ending";
import { evaluationOpen, evaluationSection } from "./evaluation";
import { answerForm, editForm, withdrawControl } from "./proposal";

export const relationshipView: View<"relationship"> = async (ctx, params) => {
  const { id } = params;
  const r = await ctx.api.relationship(id);
  const role = roleIn(ctx, r);
  const isMentee = role === "mentee";
  const other = isMentee ? r.mentor : r.mentee;
  const reopen = () => ctx.navigate("relationship", { id });

  const root = h("div", { class: "view" },
    h("h2", {}, role === "admin" ? `${r.mentee.displayName} and ${r.mentor.displayName}` : `Relationship with ${other.displayName}`),
    h("dl", { class: "facts" },
      h("dt", {}, "Status"), h("dd", {}, statusFor(r, role)),
      ...(r.mentorComment ? [h("dt", {}, `${r.mentor.displayName}'s comment`), h("dd", { class: "comment" }, r.mentorComment)] : []),
      ...(r.endedAt ? [h("dt", {}, "Ended"), h("dd", {}, timeFor(ctx, r, r.endedAt))] : []),
      h("dt", {}, "Purpose"), h("dd", {}, r.purpose),
      h("dt", {}, "Goals"), h("dd", {}, h("ul", {}, ...r.goals.map((g) => h("li", {}, g)))),
      h("dt", {}, "Cadence"), h("dd", {}, cadenceText(r)),
      h("dt", {}, "Evaluation"), h("dd", {}, evaluationText(r)),
      h("dt", {}, "Starts"), h("dd", {}, `${formatDate(r.startDate)} (${r.timeZone})`)),
    h("div", { class: "actions" },
      r.status === "agreed" && isMentee ? button("Choose a time", () => void ctx.navigate("time", { id }), { class: "primary" }) : null,
      r.series ? button("Upcoming sessions", () => void ctx.navigate("sessions", { id })) : null));

  // The evaluation point comes first once it is due: it is what both are asked to do now.
  if (evaluationOpen(r) && role !== "admin") root.append(evaluationSection(ctx, r, isMentee, reopen));

  // Ask first: the mentor answers, the mentee may edit or withdraw while it is open.
  if (r.status === "proposed" && role === "mentor") root.append(answerForm(ctx, r, reopen));
  if (r.status === "proposed" && isMentee) root.append(editForm(ctx, r, reopen));
  if ((r.status === "proposed" || r.status === "agreed") && isMentee) root.append(withdrawControl(ctx, r, reopen));

  // A relationship that never had a series has no binder yet.
  if (r.series || r.status === "invited" || r.status === "active" || r.status === "ended") {
    const timeline = h("div", {}, h("p", {}, "Loading…"));
    const actionItems = h("div", {}, h("p", {}, "Loading…"));
    root.append(section("Open action items", 3, actionItems), section("Timeline", 3, timeline));
    void loadActionItems(ctx, r, actionItems, role !== "admin");
    void loadTimeline(ctx, r, timeline);
  }

  if (r.series) {
    const sessions = h("div", {}, h("p", {}, "Loading…"));
    root.append(section("Sessions", 3, sessions));
    void loadSessions(ctx, r, isMentee, sessions);
    if (isMentee && (r.status === "invited" || r.status === "active")) root.append(amendForm(ctx, r));
  }
  // Ending comes last: it is the one step that closes the relationship.
  if ((r.status === "agreed" || r.status === "invited" || r.status === "active") && role !== "admin") root.append(endForm(ctx, r, isMentee, reopen));
  return root;
};

/** Open action items; the two participants mark them done (a program admin only reads). */
async function loadActionItems(ctx: ViewContext, r: Relationship, target: HTMLElement, canMarkDone: boolean): Promise<void> {
  try {
    const items = await ctx.api.actionItems(r.id, "open");
    if (items.length === 0) { replace(target, h("p", { class: "muted" }, "No open action items.")); return; }
    replace(target, h("ul", { class: "plain" }, ...items.map((item) => {
      const owner = item.owner === "mentor" ? r.mentor.displayName : r.mentee.displayName;
      const row = h("li", {}, h("span", {}, `${item.text} (${owner}${item.dueDate ? `, due ${formatDate(item.dueDate)}` : ""})`));
      if (!canMarkDone) return row;
      row.append(button("Mark done", () => void ctx.api.setActionItemStatus(r.id, item.id, "done").then(() => {
        ctx.announce(`Done: ${item.text}`);
        row.remove();
      }, (p: unknown) => ctx.announce(messageOf(p, "Not saved."), "error")), { "aria-label": `Mark done: ${item.text}` }));
      return row;
    })));
  } catch (problem) {
    replace(target, unavailable(problem, "Action items"));
  }
}

async function loadTimeline(ctx: ViewContext, r: Relationship, target: HTMLElement): Promise<void> {
  try {
    const timeline = await ctx.api.timeline(r.id);
    const held = timeline.sessions.filter((s) => s.status === "cancelled" || s.agenda.status !== "pending" || s.notes.version > 0);
    if (held.length === 0) { replace(target, h("p", { class: "muted" }, "Nothing has happened yet: agendas and notes appear here.")); return; }
    replace(target, h("ol", { class: "timeline" }, ...held.map((s) => {
      const facts = [
        s.status === "cancelled" ? "cancelled" : null,
        s.agenda.status === "sent" ? "agenda sent" : s.agenda.status === "failed" ? "agenda could not be sent" : null,
        s.notes.version > 0 ? `notes filed (version ${s.notes.version})` : null,
        s.notes.actionItems.length > 0 ? `${s.notes.actionItems.length} action item${s.notes.actionItems.length === 1 ? "" : "s"}` : null,
      ].filter(Boolean).join(", ");
      return h("li", {}, h("span", { class: "muted" }, `Session ${s.number}, ${timeFor(ctx, r, s.start)}: `), facts);
    })));
  } catch (problem) {
    replace(target, unavailable(problem, "The timeline"));
  }
}

async function loadSessions(ctx: ViewContext, r: Relationship, isMentee: boolean, target: HTMLElement): Promise<void> {
  try {
    const [sessions, now] = await Promise.all([ctx.api.sessions(r.id), ctx.host.now()]);
    replace(target, h("ol", { class: "plain" }, ...sessions.map((s) => sessionRow(ctx, r, s, isMentee && s.status === "scheduled" && new Date(s.start) > now))));
  } catch (problem) {
    replace(target, unavailable(problem, "Sessions"));
  }
}

function sessionRow(ctx: ViewContext, r: Relationship, s: Session, cancellable: boolean): HTMLElement {
  const label = `Session ${s.number}, ${timeFor(ctx, r, s.start)}`;
  const row = h("li", { "data-session": s.id }, h("span", {}, label + (s.status === "cancelled" ? " (cancelled)" : "")));
  if (!cancellable) return row;
  const confirm = h("span", { class: "confirm", hidden: true });
  const cancel = button("Cancel", () => {
    cancel.hidden = true;
    confirm.hidden = false;
    confirm.querySelector<HTMLElement>("button")?.focus();
  }, { "aria-label": `Cancel session ${s.number}` });
  append(confirm, `Cancel session ${s.number} for both of you? `,
    button("Yes, cancel it", () => void ctx.api.cancelSession(r.id, s.id).then(() => {
      replace(row, h("span", {}, `${label} (cancelled)`));
      ctx.announce(`Session ${s.number} is cancelled in both calendars.`);
    }, (p: unknown) => ctx.announce(messageOf(p, "Not cancelled."), "error"))),
    button("Keep it", () => { confirm.hidden = true; cancel.hidden = false; cancel.focus(); }));
  row.append(cancel, confirm);
  return row;
}

function amendForm(ctx: ViewContext, r: Relationship): HTMLElement {
  const frequency = h("select", {}, ...(Object.keys(frequencyLabels) as Frequency[]).map((f) =>
    h("option", { value: f, selected: f === r.cadence.frequency }, frequencyLabels[f])));
  const duration = h("input", { type: "number", min: "15", max: "240", step: "5", value: String(r.cadence.durationMinutes), inputMode: "numeric" });
  const summary = errorSummary();
  const form = h("form", { noValidate: true, class: "form" },
    h("h3", {}, "Amend the cadence"),
    h("p", { class: "hint" }, "The current series ends after the last held session and the remaining meetings are booked anew."),
    summary,
    fieldset("New cadence", "cadence", field("How often", frequency, "cadence.frequency"), field("Meeting length (minutes)", duration, "cadence.durationMinutes")),
    h("div", { class: "actions" }, h("button", { type: "submit" }, "Amend")));
  const errors = new FormErrors(form, summary);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    errors.clear();
    void ctx.api.amend(r.id, { cadence: { frequency: frequency.value as Frequency, durationMinutes: Number(duration.value) } }).then(async () => {
      ctx.announce("Amended: the new series is booked.");
      await ctx.navigate("relationship", { id: r.id });
    }, (p: unknown) => errors.show(p));
  });
  return form;
}

function evaluationText(r: Relationship): string {
  const after = `after meeting ${r.evaluation.afterMeeting}`;
  switch (r.evaluation.status) {
    case "due": return `Due now (${after})`;
    case "overdue": return `Overdue (${after}): decide together`;
    case "done": return `Decided (${after})`;
    default: return `Planned ${after}`;
  }
}

function unavailable(problem: unknown, what: string): HTMLElement {
  // A program admin in a tenant that keeps notes private: not an error, the rule.
  if (problem instanceof ApiProblem && problem.code === "notesPrivate")
    return h("p", { class: "muted private" }, "Private to the mentee and the mentor: you see the agreement, the sessions and the evaluation's state.");
  return h("p", { class: "error" }, messageOf(problem, `${what} could not be read.`));
}
