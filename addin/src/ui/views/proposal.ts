// The proposal's own forms: the mentor's answer (accept, or decline with a comment), and the mentee's edit and
// withdrawal while it is open. Each calls the API and then reopens the relationship.
import { messageOf } from "../../api/problems";
import type { Relationship } from "../../api/types";
import type { ViewContext } from "../context";
import { append, button, h } from "../dom";
import { errorSummary, field, FormErrors } from "../forms";

/** Accept or decline, with an optional comment the mentee reads in the pane and by mail. */
export function answerForm(ctx: ViewContext, r: Relationship, afterwards: () => Promise<void>, withHeading = true): HTMLElement {
  const comment = h("textarea", { rows: 3, maxLength: 2000 });
  const summary = errorSummary();
  const form = h("form", { noValidate: true, class: "form answer", "aria-label": `Answer ${r.mentee.displayName}` },
    withHeading ? h("h3", {}, `${r.mentee.displayName} asks you to be their mentor`) : null,
    h("p", { class: "hint" }, "Nothing is booked until you accept. Saying no is fine: a comment helps them find the right mentor."),
    summary,
    field("Comment (optional)", comment, "comment", "They see it with your answer."));
  const errors = new FormErrors(form, summary);
  const send = (answer: "accept" | "decline") => {
    errors.clear();
    for (const b of form.querySelectorAll("button")) b.disabled = true;
    void ctx.api.answer(r.id, answer, comment.value.trim() || undefined).then(async (updated) => {
      ctx.announce(answer === "accept"
        ? `You accepted. ${updated.mentee.displayName} is told and chooses a time for the series.`
        : `You declined. ${updated.mentee.displayName} is told${comment.value.trim() ? ", with your comment" : ""}.`);
      await afterwards();
    }, (problem: unknown) => {
      errors.show(problem);
      for (const b of form.querySelectorAll("button")) b.disabled = false;
    });
  };
  form.append(h("div", { class: "actions" },
    button("Accept", () => send("accept"), { class: "primary", "aria-label": `Accept ${r.mentee.displayName}'s proposal` }),
    button("Decline", () => send("decline"), { "aria-label": `Decline ${r.mentee.displayName}'s proposal` })));
  form.addEventListener("submit", (event) => event.preventDefault());
  return form;
}

/** The mentee's edit of the agreement while the mentor has not answered: purpose, goals, meetings, evaluation point. */
export function editForm(ctx: ViewContext, r: Relationship, afterwards: () => Promise<void>): HTMLElement {
  const purpose = h("textarea", { rows: 3, maxLength: 2000 });
  purpose.value = r.purpose;
  const goals = h("textarea", { rows: 4 });
  goals.value = r.goals.join("\n");
  const meetings = h("input", { type: "number", min: "1", max: "52", value: String(r.meetingCount), inputMode: "numeric" });
  const evaluate = h("input", { type: "number", min: "1", max: "52", value: String(r.evaluateAfterMeetings), inputMode: "numeric" });
  const summary = errorSummary();
  const form = h("form", { noValidate: true, class: "form", hidden: true },
    h("h3", {}, "Edit the proposal"),
    summary,
    field("Purpose", purpose, "purpose"),
    field("Goals", goals, "goals", "One goal per line."),
    field("Meetings", meetings, "meetingCount"),
    field("Evaluate after meeting", evaluate, "evaluateAfterMeetings"),
    h("div", { class: "actions" }, h("button", { type: "submit", class: "primary" }, "Save the proposal")));
  const errors = new FormErrors(form, summary);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    errors.clear();
    void ctx.api.editRelationship(r.id, {
      purpose: purpose.value.trim(),
      goals: goals.value.split("\n").map((g) => g.trim()).filter((g) => g.length > 0),
      meetingCount: Number(meetings.value),
      evaluateAfterMeetings: Number(evaluate.value),
    }).then(async () => {
      ctx.announce("Proposal saved.");
      await afterwards();
    }, (problem: unknown) => errors.show(problem));
  });
  const open = button("Edit the proposal", () => {
    open.hidden = true;
    form.hidden = false;
    purpose.focus();
  });
  return h("div", {}, open, form);
}

/** Withdraw, after a confirmation: the mentor is told by mail and the pair is free to start again. */
export function withdrawControl(ctx: ViewContext, r: Relationship, afterwards: () => Promise<void>): HTMLElement {
  const confirm = h("p", { class: "confirm", hidden: true });
  const start = button("Withdraw", () => {
    start.hidden = true;
    confirm.hidden = false;
    confirm.querySelector<HTMLElement>("button")?.focus();
  }, { "aria-label": `Withdraw the proposal to ${r.mentor.displayName}` });
  append(confirm, `Withdraw your proposal to ${r.mentor.displayName}? They are told by mail. `,
    button("Yes, withdraw it", () => void ctx.api.withdraw(r.id).then(async () => {
      ctx.announce(`Withdrawn. ${r.mentor.displayName} is told; you can propose again later.`);
      await afterwards();
    }, (p: unknown) => ctx.announce(messageOf(p, "Not withdrawn."), "error"))),
    button("Keep it", () => { confirm.hidden = true; start.hidden = false; start.focus(); }));
  return h("div", { class: "actions" }, start, confirm);
}
