// View 5, This meeting: opened on an occurrence, the session's agenda and the notes form (binder sections
// and action items). A stale edit (412) keeps everything typed and shows the newer version to merge.
import { ApiProblem, messageOf } from "../../api/problems";
import type { ActionItem, ActionItemInput, BinderSection, Notes, NotesRequest, Relationship, Session, SessionRef } from "../../api/types";
import type { View, ViewContext } from "../context";
import { button, h, replace, section, uid } from "../dom";
import { errorSummary, field, fieldset, FormErrors } from "../forms";
import { roleIn, timeFor, whoReads } from "../people";

export const binderSections: { key: BinderSection; label: string }[] = [
  { key: "meetingNotes", label: "Meeting notes" },
  { key: "mentorAdvice", label: "Mentor's advice" },
  { key: "myActionPlan", label: "My action plan" },
  { key: "questionsForNextTime", label: "Questions for next time" },
];

export const thisMeetingView: View<"meeting"> = async (ctx) => {
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
    ref = await ctx.api.sessionByEvent(item.restId, item.start);
  } catch (problem) {
    if (problem instanceof ApiProblem && problem.status === 404) {
      root.append(h("p", {}, "This meeting is not one of your mentoring sessions."));
      return root;
    }
    throw problem;
  }
  const relationship = await ctx.api.relationship(ref.relationshipId);
  const session = ref.session;
  root.append(h("p", {}, `${relationship.mentee.displayName} with ${relationship.mentor.displayName}: session ${session.number} of ${relationship.meetingCount}, ${timeFor(ctx, relationship, session.start)}`));
  if (session.status === "cancelled") root.append(h("p", { class: "badge" }, "Cancelled"));
  if (session.number === relationship.evaluateAfterMeetings)
    root.append(h("p", { class: "badge evaluation" }, "Evaluation point: decide together to continue, amend or end"));

  // The agenda as plain text: its HTML is the mail's, and the pane never inserts HTML into its document.
  const agenda = h("div", { class: "agenda", "aria-live": "polite" }, h("p", {}, "Loading the agenda…"));
  root.append(section("Agenda", 3, agenda));
  void ctx.api.agenda(ref.relationshipId, session.id).then(
    (a) => {
      const id = uid("agenda");
      replace(agenda,
        h("p", { class: "muted", id }, a.status === "sent" && a.sentAt ? `Sent ${timeFor(ctx, relationship, a.sentAt)}` : "Not sent yet: this is a preview."),
        h("pre", { class: "agenda-text", "aria-labelledby": id, tabindex: "0" }, a.text));
    },
    (p: unknown) => replace(agenda, h("p", { class: "muted" }, messageOf(p, "No agenda yet."))));

  root.append(await notesForm(ctx, relationship, session));
  return root;
};

/** The binder's sections named for their reader: the mentor's advice is "Your advice" to the mentor, "Megan Bowen's advice" to the mentee. */
export function sectionLabel(key: BinderSection, role: "mentee" | "mentor" | "admin", r: Relationship): string | undefined {
  if (key === "mentorAdvice") return role === "mentor" ? "Your advice" : role === "mentee" ? `${r.mentor.displayName}'s advice` : undefined;
  if (key === "myActionPlan") return role === "mentee" ? "My action plan" : `${r.mentee.displayName}'s action plan`;
  return undefined;
}

async function notesForm(ctx: ViewContext, r: Relationship, session: Session): Promise<HTMLElement> {
  const current = await ctx.api.notes(r.id, session.id);
  let etag = current.etag;
  // The text as last read or filed: after a stale save, only sections the other person changed are shown.
  let base: Notes = current.notes;

  const areas = Object.fromEntries(binderSections.map((s) => [s.key, h("textarea", { rows: 4, maxLength: 20000, value: current.notes[s.key] })])) as Record<BinderSection, HTMLTextAreaElement>;
  const newer = Object.fromEntries(binderSections.map((s) => [s.key, h("div", { class: "newer", hidden: true }) as HTMLElement])) as Record<BinderSection, HTMLElement>;
  const items = h("ol", { class: "action-items" });
  const addItem = (item: ActionItemInput) => items.append(actionItemRow(r, item, items));
  current.notes.actionItems.forEach(addItem);
  const filed = h("p", { class: "muted" }, filedText(ctx, r, current.notes));

  const summary = errorSummary();
  const submit = h("button", { type: "submit", class: "primary" }, "File notes");
  const form = h("form", { noValidate: true, class: "form" },
    h("h3", {}, "Notes"),
    h("p", { class: "hint" }, "Markdown is kept as written. Open action items are carried into the next agenda."),
    h("p", { class: "hint privacy" }, whoReads(ctx, r)),
    filed,
    summary,
    ...binderSections.map((s) => h("div", {}, field(sectionLabel(s.key, roleIn(ctx, r), r) ?? s.label, areas[s.key], s.key), newer[s.key])),
    fieldset("Action items", "actionItems", items,
      button("Add action item", () => { addItem({ text: "", owner: "mentee", dueDate: null }); items.querySelector<HTMLElement>("li:last-child input")?.focus(); })),
    h("div", { class: "actions" }, submit));
  const errors = new FormErrors(form, summary);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    errors.clear();
    const notes: NotesRequest = {
      meetingNotes: areas.meetingNotes.value,
      mentorAdvice: areas.mentorAdvice.value,
      myActionPlan: areas.myActionPlan.value,
      questionsForNextTime: areas.questionsForNextTime.value,
      actionItems: [...items.querySelectorAll<HTMLElement>("li")].map(readActionItem).filter((i) => i.text.trim().length > 0),
    };
    submit.disabled = true;
    void ctx.api.saveNotes(r.id, session.id, notes, etag).then((saved) => {
      etag = saved.etag;
      base = saved.notes;
      Object.values(newer).forEach((n) => { n.hidden = true; });
      // The saved items now have ids: filing again updates them instead of adding them twice.
      replace(items);
      saved.notes.actionItems.forEach(addItem);
      filed.textContent = filedText(ctx, r, saved.notes);
      ctx.announce("Notes filed. Open action items will be carried into the next agenda.");
    }, async (problem: unknown) => {
      if (problem instanceof ApiProblem && (problem.isStale || problem.needsCurrentVersion)) {
        // Keep every typed word; show what is saved now beside each section, and save over it next time.
        const latest = await ctx.api.notes(r.id, session.id).catch(() => undefined);
        if (latest) {
          etag = latest.etag;
          for (const s of binderSections) showNewer(newer[s.key], latest.notes[s.key], base[s.key], areas[s.key]);
          base = latest.notes;
          const shown = new Set([...items.querySelectorAll<HTMLElement>("li[data-id]")].map((li) => li.dataset.id));
          latest.notes.actionItems.filter((i) => !shown.has(i.id)).forEach(addItem);
          filed.textContent = filedText(ctx, r, latest.notes);
        }
      }
      errors.show(problem);
      ctx.announce(messageOf(problem, "The notes were not filed."), "error");
    }).finally(() => { submit.disabled = false; });
  });
  return form;
}

function filedText(ctx: ViewContext, r: Relationship, notes: Notes): string {
  if (notes.version === 0) return "No notes filed yet.";
  const by = notes.updatedBy?.displayName ?? "someone";
  const at = notes.updatedAt ? `, ${timeFor(ctx, r, notes.updatedAt)}` : "";
  return `Version ${notes.version}, filed by ${by}${at}.`;
}

function showNewer(target: HTMLElement, theirs: string, before: string, mine: HTMLTextAreaElement): void {
  if (theirs === mine.value || theirs === before) { target.hidden = true; return; }
  replace(target,
    h("p", { class: "hint" }, "Saved meanwhile by someone else (yours is above, unchanged):"),
    h("pre", {}, theirs || "(empty)"),
    button("Add theirs below mine", () => { mine.value = [mine.value, theirs].filter(Boolean).join("\n\n"); target.hidden = true; mine.focus(); }),
    button("Use theirs", () => { mine.value = theirs; target.hidden = true; mine.focus(); }));
  target.hidden = false;
}

function actionItemRow(r: Relationship, item: ActionItemInput | ActionItem, list: HTMLElement): HTMLElement {
  const n = list.children.length + 1;
  const text = h("input", { type: "text", maxLength: 2000, value: item.text, "aria-label": `Action item ${n}` });
  const owner = h("select", { "aria-label": `Owner of action item ${n}` },
    h("option", { value: "mentee", selected: item.owner === "mentee" }, `${r.mentee.displayName} (mentee)`),
    h("option", { value: "mentor", selected: item.owner === "mentor" }, `${r.mentor.displayName} (mentor)`));
  const due = h("input", { type: "date", value: item.dueDate ?? "", "aria-label": `Due date of action item ${n}` });
  const row = h("li", { class: "action-item" }, text, owner, due);
  if (item.id) {
    // A saved item stays (a save never deletes one); it is marked done from the relationship view.
    row.dataset.id = item.id;
    if (item.status === "done") row.append(h("span", { class: "badge" }, "Done"));
  } else {
    row.append(button("Remove", () => row.remove(), { "aria-label": `Remove action item ${n}` }));
  }
  return row;
}

function readActionItem(row: HTMLElement): ActionItemInput {
  const [text, due] = row.querySelectorAll("input");
  const owner = row.querySelector("select");
  const item: ActionItemInput = { text: text?.value.trim() ?? "", owner: owner?.value === "mentor" ? "mentor" : "mentee", dueDate: due?.value || null };
  if (row.dataset.id) item.id = row.dataset.id;
  return item;
}
