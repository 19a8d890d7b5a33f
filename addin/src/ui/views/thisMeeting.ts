// View 5, This meeting: opened on an occurrence, the session's agenda and the notes form (binder sections
// and action items). A stale edit (412) keeps everything typed and shows the newer version to merge.
import { ApiProblem } from "../../api/problems";
import type { ActionItemDraft, Notes, Relationship, SessionRef } from "../../api/types";
import type { View, ViewContext } from "../context";
import { button, h, replace, section } from "../dom";
import { errorSummary, field, fieldset, FormErrors } from "../forms";
import { formatInstant } from "../format";

export const binderSections: { key: keyof Omit<Notes, "actionItems">; label: string }[] = [
  { key: "meetingNotes", label: "Meeting notes" },
  { key: "mentorAdvice", label: "Mentor's advice" },
  { key: "myActionPlan", label: "My action plan" },
  { key: "questionsForNextTime", label: "Questions for next time" },
];

export const thisMeetingView: View = async (ctx) => {
  const root = h("div", { class: "view" }, h("h2", {}, "This meeting"));
  const item = ctx.item;
  if (item.kind !== "appointment" || !item.restId) {
    root.append(h("p", {}, item.kind === "appointment"
      ? "Save the meeting first: a new, unsaved meeting is not a mentoring session yet."
      : "Open a mentoring session in your calendar to see its agenda and file its notes."));
    return root;
  }
  if (item.subject) root.append(h("p", { class: "muted" }, item.subject));

  let ref: SessionRef;
  try {
    ref = await ctx.api.sessionByEvent(item.restId);
  } catch (problem) {
    if (problem instanceof ApiProblem && problem.status === 404) {
      root.append(h("p", {}, "This meeting is not one of your mentoring sessions."));
      return root;
    }
    throw problem;
  }
  const relationship = await ctx.api.relationship(ref.relationshipId);
  root.append(h("p", {}, `${relationship.mentee.displayName} with ${relationship.mentor.displayName}`
    + (ref.number ? `: session ${ref.number} of ${relationship.meetingCount}` : "")
    + (ref.start ? `, ${formatInstant(ref.start)}` : "")));
  if (ref.number === relationship.evaluateAfterMeetings)
    root.append(h("p", { class: "badge evaluation" }, "Evaluation point: decide together to continue, amend or end"));

  const agenda = h("div", { class: "agenda" }, h("p", {}, "Loading the agenda…"));
  root.append(section("Agenda", 3, agenda));
  void ctx.api.agenda(ref.relationshipId, ref.sessionId).then(
    (a) => replace(agenda, h("pre", { class: "agenda-text" }, a.text)),
    (p: unknown) => replace(agenda, h("p", { class: "muted" }, p instanceof Error ? p.message : "No agenda yet.")));

  root.append(await notesForm(ctx, relationship, ref));
  return root;
};

async function notesForm(ctx: ViewContext, r: Relationship, ref: SessionRef): Promise<HTMLElement> {
  const current = await ctx.api.notes(r.id, ref.sessionId).catch((p: unknown) => {
    if (p instanceof ApiProblem && p.status === 404) return { notes: emptyNotes(), etag: null };
    throw p;
  });
  let etag = current.etag;

  const areas = Object.fromEntries(binderSections.map((s) => [s.key, h("textarea", { rows: 4, maxLength: 20000, value: current.notes[s.key] })])) as Record<keyof Omit<Notes, "actionItems">, HTMLTextAreaElement>;
  const newer = Object.fromEntries(binderSections.map((s) => [s.key, h("div", { class: "newer", hidden: true })])) as Record<string, HTMLElement>;
  const items = h("ol", { class: "action-items" });
  const addItem = (draft: ActionItemDraft) => items.append(actionItemRow(r, draft, items));
  current.notes.actionItems.forEach(addItem);

  const summary = errorSummary();
  const submit = h("button", { type: "submit", class: "primary" }, "File notes");
  const form = h("form", { noValidate: true, class: "form" },
    h("h3", {}, "Notes"),
    summary,
    ...binderSections.map((s) => h("div", {}, field(s.label, areas[s.key], s.key), newer[s.key]!)),
    fieldset("Action items", "actionItems", items,
      button("Add action item", () => { addItem({ text: "", owner: "mentee", dueDate: null }); items.querySelector<HTMLElement>("li:last-child input")?.focus(); })),
    h("div", { class: "actions" }, submit));
  const errors = new FormErrors(form, summary);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    errors.clear();
    const notes: Notes = {
      meetingNotes: areas.meetingNotes.value,
      mentorAdvice: areas.mentorAdvice.value,
      myActionPlan: areas.myActionPlan.value,
      questionsForNextTime: areas.questionsForNextTime.value,
      actionItems: [...items.querySelectorAll<HTMLElement>("li")].map(readActionItem).filter((i) => i.text.trim().length > 0),
    };
    submit.disabled = true;
    void ctx.api.saveNotes(r.id, ref.sessionId, notes, etag).then((saved) => {
      etag = saved.etag;
      Object.values(newer).forEach((n) => { n.hidden = true; });
      ctx.announce("Notes filed. Open action items will be carried into the next agenda.");
    }, async (problem: unknown) => {
      if (problem instanceof ApiProblem && problem.isStale) {
        // Keep every typed word; show what is saved now beside each section, and save over it next time.
        const latest = await ctx.api.notes(r.id, ref.sessionId).catch(() => undefined);
        if (latest) {
          etag = latest.etag;
          for (const s of binderSections) showNewer(newer[s.key]!, latest.notes[s.key], areas[s.key]);
        }
      }
      errors.show(problem);
      ctx.announce(problem instanceof Error ? problem.message : "The notes were not filed.", "error");
    }).finally(() => { submit.disabled = false; });
  });
  return form;
}

function showNewer(target: HTMLElement, theirs: string, mine: HTMLTextAreaElement): void {
  if (theirs === mine.value) { target.hidden = true; return; }
  replace(target,
    h("p", { class: "hint" }, "Saved meanwhile by someone else:"),
    h("pre", {}, theirs || "(empty)"),
    button("Add theirs below mine", () => { mine.value = [mine.value, theirs].filter(Boolean).join("\n\n"); target.hidden = true; mine.focus(); }));
  target.hidden = false;
}

function actionItemRow(r: Relationship, draft: ActionItemDraft, list: HTMLElement): HTMLElement {
  const n = list.children.length + 1;
  const text = h("input", { type: "text", maxLength: 2000, value: draft.text, "aria-label": `Action item ${n}` });
  const owner = h("select", { "aria-label": `Owner of action item ${n}` },
    h("option", { value: "mentee", selected: draft.owner === "mentee" }, `${r.mentee.displayName} (mentee)`),
    h("option", { value: "mentor", selected: draft.owner === "mentor" }, `${r.mentor.displayName} (mentor)`));
  const due = h("input", { type: "date", value: draft.dueDate ?? "", "aria-label": `Due date of action item ${n}` });
  const row = h("li", { class: "action-item" }, text, owner, due);
  row.append(button("Remove", () => row.remove(), { "aria-label": `Remove action item ${n}` }));
  return row;
}

function readActionItem(row: HTMLElement): ActionItemDraft {
  const [text, due] = row.querySelectorAll("input");
  const owner = row.querySelector("select");
  return { text: text?.value.trim() ?? "", owner: owner?.value === "mentor" ? "mentor" : "mentee", dueDate: due?.value || null };
}

function emptyNotes(): Notes {
  return { meetingNotes: "", mentorAdvice: "", myActionPlan: "", questionsForNextTime: "", actionItems: [] };
}
