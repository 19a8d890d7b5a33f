// Ending well: either participant ends the relationship with a closing reflection, an optional thank-you note
// mailed to the other person, and whether the mentee is reminded to stay in touch.
import type { Relationship, StayInTouch } from "../../api/types";
import type { ViewContext } from "../context";
import { button, h, uid } from "../dom";
import { errorSummary, field, fieldset, FormErrors } from "../forms";

const choices: [StayInTouch, string][] = [["none", "No reminders"], ["quarterly", "Every 3 months"], ["twiceAYear", "Every 6 months"]];

/** `decide`: the ending as the decision at the evaluation point (shown open, recorded as that decision). */
export function endForm(ctx: ViewContext, r: Relationship, isMentee: boolean, afterwards: () => Promise<void>, options: { decide?: boolean } = {}): HTMLElement {
  const other = isMentee ? r.mentor : r.mentee;
  const reflection = h("textarea", { rows: 3, maxLength: 5000 });
  const note = h("textarea", { rows: 4, maxLength: 5000 });
  const name = uid("stay");
  const radios = choices.map(([value], i) => h("input", { type: "radio", name, value, checked: i === 0 }));
  const summary = errorSummary();
  const submit = h("button", { type: "submit", class: "primary" }, "End the relationship");
  const form = h("form", { noValidate: true, class: "form", hidden: !options.decide, "aria-label": options.decide ? "End as the decision" : "End the relationship" },
    options.decide ? null : h("h3", {}, "End the relationship"),
    h("p", { class: "hint" }, "Meetings already held stay in both calendars and in the record; the coming ones are cancelled in Outlook."),
    summary,
    field("Your closing reflection", reflection, "reflection", "What did you learn, and what will you do next?"),
    field(`Thank-you note to ${other.displayName} (optional)`, note, "thankYouNote", "Sent by mail from your mailbox."),
    fieldset(isMentee ? "Stay in touch with a reminder to me" : `Remind ${r.mentee.displayName} to stay in touch`, "stayInTouch",
      ...choices.map(([, label], i) => h("label", { class: "choice" }, radios[i]!, h("span", {}, label)))),
    h("div", { class: "actions" }, submit));
  const errors = new FormErrors(form, summary);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    errors.clear();
    submit.disabled = true;
    const stayInTouch = (radios.find((radio) => radio.checked)?.value ?? "none") as StayInTouch;
    const body = {
      ...(reflection.value.trim() ? { reflection: reflection.value.trim() } : {}),
      ...(note.value.trim() ? { thankYouNote: note.value.trim() } : {}),
      stayInTouch,
    };
    void (options.decide ? ctx.api.decide(r.id, { decision: "end", ...body }) : ctx.api.end(r.id, body)).then(async () => {
      ctx.announce(`Ended. ${note.value.trim() ? `Your note goes to ${other.displayName}. ` : ""}The record stays under Past.`);
      await afterwards();
    }, (problem: unknown) => {
      errors.show(problem);
      submit.disabled = false;
    });
  });
  const open = button("End the relationship…", () => {
    open.hidden = true;
    form.hidden = false;
    reflection.focus();
  });
  if (options.decide) return form;
  return h("div", {}, open, form);
}
