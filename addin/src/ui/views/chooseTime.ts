// View 3, Choose a time: the best recurring slots with their conflicts, in my zone and the mentor's; book.
import type { Relationship, Slot } from "../../api/types";
import type { View, ViewContext } from "../context";
import { button, h, replace, section, uid } from "../dom";
import { errorSummary, fieldset, FormErrors } from "../forms";
import { formatLocal, frequencyLabels, statusFor } from "../format";
import { slotDetails } from "../slots";

export const chooseTimeView: View<"time"> = async (ctx, params) => {
  const { id } = params;
  const relationship = await ctx.api.relationship(id);
  const root = h("div", { class: "view" }, h("h2", {}, "Choose a time"),
    h("p", {}, `With ${relationship.mentor.displayName}: ${frequencyLabels[relationship.cadence.frequency]}, ${relationship.cadence.durationMinutes} min, ${relationship.meetingCount} meetings.`));
  if (relationship.series) {
    root.append(booked(ctx, relationship, false));
    return root;
  }
  if (relationship.status !== "agreed") {
    // Ask first: nothing is booked before the mentor says yes.
    root.append(h("p", {}, relationship.status === "proposed"
      ? `${relationship.mentor.displayName} has not answered your proposal yet. You can choose a time once they accept; MentorScheduler mails you their answer.`
      : `Status: ${statusFor(relationship, "mentee")}. There is no time to choose.`),
    h("div", { class: "actions" }, button("Open the relationship", () => void ctx.navigate("relationship", { id }))));
    return root;
  }

  const slots = await ctx.api.slots(id, 5);
  if (slots.length === 0) {
    root.append(h("p", {}, "No series fits both calendars from the start date. Amend the cadence or pick a later start."));
    return root;
  }

  const name = uid("slot");
  const best = Math.max(0, slots.findIndex((s) => s.conflicts === 0));
  const radios = slots.map((_slot, i) => h("input", { type: "radio", name, value: String(i), checked: i === best }));
  const summary = errorSummary();
  const submit = h("button", { type: "submit", class: "primary" }, "Book this series");
  const form = h("form", { noValidate: true, class: "form" },
    summary,
    fieldset("Best recurring slots", "start",
      h("p", { class: "hint" }, `Each slot is the first of ${relationship.meetingCount} meetings; conflicts count the meetings that clash with a calendar or fall outside working hours.`),
      ...slots.map((slot, i) => slotChoice(relationship, slot, radios[i]!))),
    h("div", { class: "actions" }, submit));
  const errors = new FormErrors(form, summary);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const slot = slots[radios.findIndex((r) => r.checked)];
    if (!slot) return;
    submit.disabled = true;
    void ctx.api.book(id, { start: slot.start, timeZone: slot.timeZone }).then((result) => {
      replace(root, h("h2", { tabindex: "-1" }, "Booked"), booked(ctx, result, true));
      root.querySelector<HTMLElement>("h2")?.focus();
      ctx.announce(`Booked. ${result.mentor.displayName} has been invited to the series.`);
    }, (problem: unknown) => {
      errors.show(problem);
      submit.disabled = false;
    });
  });
  root.append(form);
  return root;
};

function slotChoice(r: Relationship, slot: Slot, radio: HTMLInputElement): HTMLElement {
  return h("label", { class: `choice slot${slot.conflicts ? " has-conflicts" : ""}` }, radio, slotDetails(r, slot));
}

function booked(ctx: ViewContext, r: Relationship, fresh: boolean): HTMLElement {
  return section(fresh ? "Your series" : "Already booked", 3,
    h("p", {}, `Status: ${statusFor(r, "mentee")}.`),
    r.series ? h("p", {}, `First meeting: ${formatLocal(r.series.start)} (${r.series.timeZone}).`) : null,
    h("p", {}, `The series is in your calendar and ${r.mentor.displayName} has the invitation.`),
    h("div", { class: "actions" },
      button("Upcoming sessions", () => void ctx.navigate("sessions", { id: r.id }), { class: "primary" }),
      button("My mentoring", () => void ctx.navigate("mentoring"))));
}
