// The evaluation point: each person rates progress on every goal, reflects and recommends; then either records the
// decision: continue (more meetings in the same series), amend (the mentee picks a time for the new cadence) or end.
import { messageOf } from "../../api/problems";
import type { Evaluation, Frequency, Recommendation, Relationship, Slot } from "../../api/types";
import type { ViewContext } from "../context";
import { button, h, replace, uid } from "../dom";
import { errorSummary, field, fieldset, FormErrors } from "../forms";
import { frequencyLabels } from "../format";
import { slotDetails } from "../slots";
import { endForm } from "./ending";

const ratingWords = ["", "1: no progress yet", "2: a little", "3: some", "4: good progress", "5: achieved"];
const recommendations: [Recommendation, string][] = [["continue", "Continue"], ["amend", "Amend the cadence or time"], ["end", "End it"]];

/** Whether the evaluation section belongs on the relationship view now. */
export function evaluationOpen(r: Relationship): boolean {
  return (r.status === "invited" || r.status === "active") && (r.evaluation.status === "due" || r.evaluation.status === "overdue");
}

/** The prompt, both evaluations, and the decision. */
export function evaluationSection(ctx: ViewContext, r: Relationship, isMentee: boolean, afterwards: () => Promise<void>): HTMLElement {
  const other = isMentee ? r.mentor : r.mentee;
  const headingId = uid("eval");
  const theirs = h("div", {}, h("p", {}, "Loading…"));
  const mine = h("div", {});
  const root = h("section", { class: `evaluation-point ${r.evaluation.status}`, "aria-labelledby": headingId },
    h("h3", { id: headingId }, `Evaluation after meeting ${r.evaluation.afterMeeting}`),
    h("p", { class: `badge evaluation-${r.evaluation.status}` }, r.evaluation.status === "overdue" ? "Overdue: decide together soon" : "Due now"),
    h("p", { class: "hint" }, `You have held the ${r.evaluation.afterMeeting} meetings you agreed to evaluate after. Rate each goal, reflect, and say what you ` +
      `recommend; then one of you records the decision and the other is told.`),
    mine,
    h("h4", {}, `${other.displayName}'s evaluation`),
    theirs,
    decisionForm(ctx, r, isMentee, afterwards));
  void ctx.api.evaluations(r.id).then((all) => {
    const current = all.filter((e) => e.afterMeeting === r.evaluation.afterMeeting);
    const own = current.find((e) => e.author === (isMentee ? "mentee" : "mentor"));
    const their = current.find((e) => e.author !== (isMentee ? "mentee" : "mentor"));
    replace(mine, evaluationForm(ctx, r, own, afterwards));
    replace(theirs, their ? summary(their) : h("p", { class: "muted" }, `${other.displayName} has not evaluated yet.`));
  }, (problem: unknown) => replace(theirs, h("p", { class: "error" }, messageOf(problem, "The evaluations could not be read."))));
  return root;
}

function summary(e: Evaluation): HTMLElement {
  const words = recommendations.find(([value]) => value === e.recommendation)?.[1] ?? e.recommendation;
  return h("div", { class: "their-evaluation" },
    h("ul", { class: "plain" }, ...e.goalRatings.map((g) => h("li", {}, `${g.goal}: ${ratingWords[g.rating] ?? g.rating}`))),
    e.reflection ? h("p", { class: "comment" }, e.reflection) : null,
    h("p", {}, h("strong", {}, "Recommends: "), words));
}

function evaluationForm(ctx: ViewContext, r: Relationship, own: Evaluation | undefined, afterwards: () => Promise<void>): HTMLElement {
  const ratings = r.goals.map((goal) => {
    const select = h("select", {}, h("option", { value: "" }, "Choose…"),
      ...[1, 2, 3, 4, 5].map((n) => h("option", { value: String(n), selected: own?.goalRatings.find((g) => g.goal === goal)?.rating === n }, ratingWords[n]!)));
    return { goal, select };
  });
  const reflection = h("textarea", { rows: 3, maxLength: 5000 });
  reflection.value = own?.reflection ?? "";
  const name = uid("rec");
  const radios = recommendations.map(([value]) => h("input", { type: "radio", name, value, checked: own?.recommendation === value }));
  const errorsBox = errorSummary();
  const form = h("form", { noValidate: true, class: "form", "aria-label": "My evaluation" },
    h("h4", {}, own ? "My evaluation (saved; change it until the decision)" : "My evaluation"),
    errorsBox,
    ...ratings.map(({ goal, select }, i) => field(`Progress on: ${goal}`, select, `goalRatings[${i}]`)),
    field("My reflection", reflection, "reflection", "What has changed for you, and what would make the next meetings better?"),
    fieldset("I recommend", "recommendation", ...recommendations.map(([, label], i) => h("label", { class: "choice" }, radios[i]!, h("span", {}, label)))),
    h("div", { class: "actions" }, h("button", { type: "submit" }, "Save my evaluation")));
  const errors = new FormErrors(form, errorsBox);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    errors.clear();
    const recommendation = radios.find((radio) => radio.checked)?.value as Recommendation | undefined;
    void ctx.api.submitEvaluation(r.id, {
      goalRatings: ratings.filter(({ select }) => select.value).map(({ goal, select }) => ({ goal, rating: Number(select.value) })),
      ...(reflection.value.trim() ? { reflection: reflection.value.trim() } : {}),
      recommendation: recommendation ?? ("" as Recommendation),
    }).then(async () => {
      ctx.announce("Your evaluation is saved.");
      await afterwards();
    }, (problem: unknown) => errors.show(problem));
  });
  return form;
}

function decisionForm(ctx: ViewContext, r: Relationship, isMentee: boolean, afterwards: () => Promise<void>): HTMLElement {
  const name = uid("decision");
  const choices: [Recommendation, string][] = isMentee
    ? [["continue", "Continue with more meetings"], ["amend", "Amend: a new cadence or time"], ["end", "End the relationship"]]
    : [["continue", "Continue with more meetings"], ["end", "End the relationship"]];
  const radios = choices.map(([value]) => h("input", { type: "radio", name, value }));
  const panels: Record<Recommendation, HTMLElement> = {
    continue: continuePanel(ctx, r, afterwards),
    amend: amendPanel(ctx, r, afterwards),
    end: endForm(ctx, r, isMentee, afterwards, { decide: true }),
  };
  for (const panel of Object.values(panels)) panel.hidden = true;
  const show = () => {
    for (const [value, panel] of Object.entries(panels)) panel.hidden = radios.find((radio) => radio.value === value)?.checked !== true;
  };
  for (const radio of radios) radio.addEventListener("change", show);
  return h("div", { class: "decision" },
    h("h4", {}, "The decision"),
    isMentee ? null : h("p", { class: "hint" }, `A new cadence or time is ${r.mentee.displayName}'s to book: agree it together and they amend the series.`),
    fieldset("What do you decide together?", "decision", ...choices.map(([, label], i) => h("label", { class: "choice" }, radios[i]!, h("span", {}, label)))),
    panels.continue, isMentee ? panels.amend : null, panels.end);
}

function continuePanel(ctx: ViewContext, r: Relationship, afterwards: () => Promise<void>): HTMLElement {
  const more = h("input", { type: "number", min: "1", max: "52", value: String(r.evaluation.afterMeeting), inputMode: "numeric" });
  const next = h("input", { type: "number", min: "1", max: "104", value: String(r.meetingCount + r.evaluation.afterMeeting), inputMode: "numeric" });
  more.addEventListener("input", () => { next.value = String(r.meetingCount + Number(more.value || 0)); });
  const errorsBox = errorSummary();
  const submit = h("button", { type: "submit", class: "primary" }, "Continue");
  const form = h("form", { noValidate: true, class: "form", "aria-label": "Continue" },
    h("p", { class: "hint" }, `The same series in Outlook gets the extra meetings: no new invitation to accept. Now ${r.meetingCount} meetings.`),
    errorsBox,
    field("More meetings", more, "additionalMeetings"),
    field("Next evaluation after meeting", next, "evaluateAfterMeetings"),
    h("div", { class: "actions" }, submit));
  const errors = new FormErrors(form, errorsBox);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    errors.clear();
    submit.disabled = true;
    void ctx.api.decide(r.id, { decision: "continue", additionalMeetings: Number(more.value), evaluateAfterMeetings: Number(next.value) }).then(async (updated) => {
      ctx.announce(`Continued: ${updated.meetingCount} meetings in all; the next evaluation is after meeting ${updated.evaluateAfterMeetings}.`);
      await afterwards();
    }, (problem: unknown) => {
      errors.show(problem);
      submit.disabled = false;
    });
  });
  return form;
}

function amendPanel(ctx: ViewContext, r: Relationship, afterwards: () => Promise<void>): HTMLElement {
  const frequency = h("select", {}, ...(Object.keys(frequencyLabels) as Frequency[]).map((f) =>
    h("option", { value: f, selected: f === r.cadence.frequency }, frequencyLabels[f])));
  const duration = h("input", { type: "number", min: "15", max: "240", step: "5", value: String(r.cadence.durationMinutes), inputMode: "numeric" });
  const slotsBox = h("div", { "aria-live": "polite" });
  const errorsBox = errorSummary();
  const name = uid("amendslot");
  let slots: Slot[] = [];
  const submit = h("button", { type: "submit", class: "primary", disabled: true }, "Amend and book the new series");
  const form = h("form", { noValidate: true, class: "form", "aria-label": "Amend" },
    h("p", { class: "hint" }, "The current series stops after the last held meeting; the first new one comes one new interval after it."),
    errorsBox,
    fieldset("New cadence", "cadence", field("How often", frequency, "cadence.frequency"), field("Meeting length (minutes)", duration, "cadence.durationMinutes")),
    h("div", { class: "actions" }, button("Find times", () => void find())),
    h("div", { class: "field", "data-field": "start" }, slotsBox, h("p", { class: "error", hidden: true })),
    h("div", { class: "actions" }, submit));
  const errors = new FormErrors(form, errorsBox);
  const cadence = () => ({ frequency: frequency.value as Frequency, durationMinutes: Number(duration.value) });
  async function find(): Promise<void> {
    errors.clear();
    replace(slotsBox, h("p", {}, "Looking at both calendars…"));
    try {
      slots = await ctx.api.slots(r.id, 3, cadence());
      if (slots.length === 0) { replace(slotsBox, h("p", {}, "No series of that cadence fits both calendars.")); return; }
      const best = Math.max(0, slots.findIndex((s) => s.conflicts === 0));
      replace(slotsBox, h("fieldset", {}, h("legend", {}, "First new meeting"),
        ...slots.map((slot, i) => h("label", { class: "choice slot" },
          h("input", { type: "radio", name, value: String(i), checked: i === best }),
          slotDetails(r, slot)))));
      submit.disabled = false;
    } catch (problem) {
      errors.show(problem);
    }
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const chosen = slots[Number(form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? -1)];
    if (!chosen) return;
    errors.clear();
    submit.disabled = true;
    void ctx.api.decide(r.id, { decision: "amend", cadence: cadence(), start: chosen.start, timeZone: chosen.timeZone }).then(async () => {
      ctx.announce(`Amended: the new series is booked and ${r.mentor.displayName} is invited to it.`);
      await afterwards();
    }, (problem: unknown) => {
      errors.show(problem);
      submit.disabled = false;
    });
  });
  return form;
}
