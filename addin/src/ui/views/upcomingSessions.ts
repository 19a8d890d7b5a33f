// View 4, Upcoming sessions: add a discussion item or question, preview the agenda, see the evaluation point.
import { messageOf } from "../../api/problems";
import type { DiscussionItem, ItemKind, Relationship, Session } from "../../api/types";
import type { View, ViewContext } from "../context";
import { button, h, replace, uid } from "../dom";
import { errorSummary, field, FormErrors } from "../forms";
import { roleIn, timeFor } from "../people";

const shownAtFirst = 4;

export const upcomingSessionsView: View<"sessions"> = async (ctx, params) => {
  const { id } = params;
  const [relationship, sessions, now] = await Promise.all([ctx.api.relationship(id), ctx.api.sessions(id), ctx.host.now()]);
  const upcoming = sessions.filter((s) => new Date(s.end) > now);
  const root = h("div", { class: "view" }, h("h2", {}, "Upcoming sessions"),
    h("p", {}, `${relationship.mentee.displayName} with ${relationship.mentor.displayName}`));
  if (upcoming.length === 0) {
    root.append(h("p", {}, relationship.series ? "No sessions left in this series." : "Nothing is booked yet."));
    if (!relationship.series) root.append(button("Choose a time", () => void ctx.navigate("time", { id }), { class: "primary" }));
    return root;
  }
  const list = h("ol", { class: "sessions" });
  const render = (count: number) => replace(list, ...upcoming.slice(0, count).map((s) => sessionCard(ctx, relationship, s, sessions)));
  render(shownAtFirst);
  root.append(list);
  if (upcoming.length > shownAtFirst) {
    const more = button(`Show all ${upcoming.length}`, () => { render(upcoming.length); more.remove(); });
    root.append(more);
  }
  root.append(h("div", { class: "actions" }, button("Relationship", () => void ctx.navigate("relationship", { id }))));
  return root;
};

function sessionCard(ctx: ViewContext, r: Relationship, s: Session, all: Session[]): HTMLElement {
  const evaluation = s.number === r.evaluateAfterMeetings;
  const card = h("li", { class: `card session${s.status === "cancelled" ? " cancelled" : ""}`, "data-session": s.id },
    h("h3", {}, `Session ${s.number} of ${r.meetingCount}`),
    h("p", {}, timeFor(ctx, r, s.start)),
    evaluation ? h("p", { class: "badge evaluation" }, "Evaluation point: decide to continue, amend or end") : null,
    s.status === "cancelled" ? h("p", { class: "badge" }, "Cancelled") : h("p", { class: "muted" }, agendaText(s.agenda.status)));
  if (s.status === "cancelled") return card;

  const agenda = h("div", { class: "agenda", "aria-live": "polite" });
  const editable = s.agenda.status === "pending";
  const items = h("ul", { class: "plain items", "aria-label": `Items for session ${s.number}` }, ...s.items.map((item) => itemRow(ctx, r, s, item, editable)));
  // Program admins read the record; only the two participants add to it.
  card.append(items);
  if (roleIn(ctx, r) !== "admin") card.append(itemForm(ctx, r, s, all, items));
  card.append(h("div", { class: "actions" },
    button("Preview agenda", () => void showAgenda(ctx, r, s, agenda), { "aria-label": `Preview agenda of session ${s.number}` })), agenda);
  return card;
}

/** An item; your own can be edited or removed until its agenda is sent. */
function itemRow(ctx: ViewContext, r: Relationship, s: Session, item: DiscussionItem, editable: boolean): HTMLElement {
  const row = h("li", { "data-item": item.id });
  const show = () => {
    replace(row, h("span", {}, `${item.kind === "question" ? "Question" : "Discussion"}: ${item.text}`), h("span", { class: "muted" }, ` (${item.mine ? "you" : item.authorName})`));
    if (!item.mine || !editable) return;
    row.append(
      button("Edit", () => edit(), { "aria-label": `Edit: ${item.text}` }),
      button("Remove", () => void ctx.api.removeItem(r.id, s.id, item.id).then(() => {
        row.remove();
        ctx.announce(`Removed from session ${s.number}.`);
      }, (p: unknown) => ctx.announce(messageOf(p, "Not removed."), "error")), { "aria-label": `Remove: ${item.text}` }));
  };
  const edit = () => {
    const text = h("textarea", { rows: 2, maxLength: 2000 });
    text.value = item.text;
    const summary = errorSummary();
    const form = h("form", { noValidate: true, class: "form compact" }, summary, field("Change the item", text, "text"),
      h("div", { class: "actions" }, h("button", { type: "submit" }, "Save"), button("Cancel", () => show())));
    const errors = new FormErrors(form, summary);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void ctx.api.editItem(r.id, s.id, item.id, text.value.trim()).then((saved) => {
        item = saved;
        show();
        ctx.announce("Saved.");
      }, (p: unknown) => errors.show(p));
    });
    replace(row, form);
    text.focus();
  };
  show();
  return row;
}

function itemForm(ctx: ViewContext, r: Relationship, s: Session, all: Session[], list: HTMLElement): HTMLElement {
  const text = h("textarea", { rows: 2, maxLength: 2000 });
  const kind = h("select", {}, h("option", { value: "discussion" }, "Discussion item"), h("option", { value: "question" }, "Question"));
  const summary = errorSummary();
  const form = h("form", { noValidate: true, class: "form compact" }, summary,
    field(`Add to session ${s.number}`, text, "text"), field("Kind", kind, "kind"),
    h("div", { class: "actions" }, h("button", { type: "submit", "aria-label": `Add to session ${s.number}` }, "Add")));
  const errors = new FormErrors(form, summary);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    errors.clear();
    void ctx.api.addItem(r.id, s.id, { text: text.value.trim(), kind: kind.value as ItemKind }).then((added) => {
      // An item added after the agenda went out goes to a later session: say so rather than show it here.
      if (added.sessionId === s.id) list.append(itemRow(ctx, r, s, added, true));
      const joins = all.find((x) => x.id === added.sessionId);
      ctx.announce(added.sessionId === s.id
        ? `Added to session ${s.number}.`
        : `Session ${s.number}'s agenda has gone out, so this joins session ${joins?.number ?? "the next one"}${joins ? `, ${timeFor(ctx, r, joins.start)}` : ""}.`);
      text.value = "";
    }, (problem: unknown) => errors.show(problem));
  });
  return form;
}

async function showAgenda(ctx: ViewContext, r: Relationship, s: Session, target: HTMLElement): Promise<void> {
  replace(target, h("p", {}, "Loading the agenda…"));
  try {
    const agenda = await ctx.api.agenda(r.id, s.id);
    const id = uid("agenda");
    replace(target, h("h4", { id }, agenda.status === "sent" ? "Agenda (sent)" : "Agenda preview"),
      h("pre", { class: "agenda-text", "aria-labelledby": id }, agenda.text));
  } catch (problem) {
    replace(target, h("p", { class: "error" }, messageOf(problem, "The agenda could not be read.")));
  }
}

/** What the agenda's state means to the person reading the list. */
function agendaText(status: "pending" | "sent" | "failed"): string {
  if (status === "sent") return "Agenda sent";
  if (status === "failed") return "The agenda could not be sent: Microsoft 365 refused it. Tell your program admin.";
  return "Agenda not sent yet";
}
