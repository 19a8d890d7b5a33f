// View 2, New relationship: mentor search, purpose, goals (DOMAIN.md's suggestions), cadence, length and
// evaluation point. Each refusal is shown in words by its field.
import { ApiProblem, messageOf } from "../../api/problems";
import type { CreateRelationshipRequest, Frequency, MentorSuggestion, PersonResult } from "../../api/types";
import type { View } from "../context";
import { button, h, replace, uid } from "../dom";
import { errorSummary, field, fieldset, FormErrors } from "../forms";
import { frequencyLabels, nextMonday, zoneLabel } from "../format";

/** DOMAIN.md's goal suggestions. */
export const goalSuggestions = [
  "Expand my professional network",
  "Clarify my development focus",
  "Understand organisational politics",
  "Receive feedback on critical skills",
  "Test ideas in a safe environment",
  "Enhance my knowledge of key functions and industries",
];

/** What a person's mentor profile says about taking one more mentee. */
export const roomLabels = { open: "has room for a mentee", full: "has no room just now", closed: "not mentoring now" } as const;

const commonZones = ["Europe/London", "America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/Berlin", "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney"];

export const newRelationshipView: View<"new"> = async (ctx) => {
  const now = await ctx.host.now();
  let chosen: PersonResult | undefined;

  // Mentor search: a text box and, below it, the people found as radio buttons.
  const mentorInput = h("input", { type: "search", name: "mentor", autocomplete: "off" });
  const results = h("div", { class: "people", "aria-live": "polite" });
  let searchTimer = 0;
  let searchGeneration = 0;
  const search = async () => {
    const text = mentorInput.value.trim();
    const generation = ++searchGeneration;
    if (text.length < 1) { replace(results); return; }
    try {
      const people = await ctx.api.searchPeople(text);
      if (generation !== searchGeneration) return;
      if (people.length === 0) { replace(results, h("p", { class: "muted" }, `Nobody found for “${text}”.`)); return; }
      const name = uid("mentor");
      replace(results, h("div", { role: "radiogroup", "aria-label": "People found" }, ...people.map((p) => {
        const radio = h("input", { type: "radio", name, value: p.upn, onchange: () => { chosen = p; } });
        if (chosen?.upn === p.upn) radio.checked = true;
        const where = [p.department, p.officeLocation].filter((x): x is string => Boolean(x)).join(", ");
        return h("label", { class: "choice" }, radio, h("span", {}, p.displayName, p.jobTitle ? h("span", { class: "muted" }, ` · ${p.jobTitle}`) : null,
          where ? h("span", { class: "muted person-where" }, ` · ${where}`) : null,
          p.timeZone ? h("span", { class: "muted person-zone" }, ` · ${zoneLabel(p.timeZone)}`) : null,
          p.expertise.length > 0 ? h("span", { class: "person-expertise" }, ` · ${p.expertise.join(", ")}`) : null,
          p.room ? h("span", { class: `muted room-${p.room}` }, ` · ${roomLabels[p.room]}`) : null));
      })));
    } catch (error) {
      if (generation === searchGeneration) replace(results, h("p", { class: "error" }, messageOf(error, "Search failed.")));
    }
  };
  mentorInput.addEventListener("input", () => {
    chosen = undefined;
    window.clearTimeout(searchTimer);
    searchTimer = window.setTimeout(() => void search(), 250);
  });
  mentorInput.addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); void search(); } });

  // Suggestions: people who mentor, ranked for me and the goals ticked below, each with its reasons.
  const suggestionList = h("div", { class: "suggestions", "aria-live": "polite" });
  const choose = (s: MentorSuggestion) => {
    chosen = { upn: s.upn, displayName: s.displayName, jobTitle: s.jobTitle, department: s.department, officeLocation: null, expertise: [], room: "open" };
    mentorInput.value = s.displayName;
    replace(results, h("p", { class: "chosen" }, `Chosen: ${s.displayName}${s.jobTitle ? ` · ${s.jobTitle}` : ""}.`));
    ctx.announce(`${s.displayName} is your chosen mentor. Say why in the purpose below.`);
  };
  const suggest = async () => {
    replace(suggestionList, h("p", { class: "muted" }, "Looking for mentors…"));
    try {
      const suggestions = await ctx.api.mentorSuggestions(chosenGoals());
      if (suggestions.length === 0) {
        replace(suggestionList, h("p", { class: "muted" }, "Nobody who mentors has room just now; search for someone by name and they are asked first."));
        return;
      }
      replace(suggestionList, h("ol", { class: "suggestion-list", "aria-label": "Suggested mentors" }, ...suggestions.map((s) =>
        h("li", { class: "suggestion" },
          h("p", {}, h("strong", {}, s.displayName),
            [s.jobTitle, s.department].some(Boolean) ? h("span", { class: "muted" }, ` · ${[s.jobTitle, s.department].filter(Boolean).join(", ")}`) : null),
          h("ul", { class: "reasons" }, ...s.reasons.map((reason) => h("li", {}, reason))),
          button(`Choose ${s.displayName}`, () => choose(s), { class: "secondary" })))));
    } catch (error) {
      replace(suggestionList, h("p", { class: "error" }, messageOf(error, "Suggestions failed.")));
    }
  };

  const purpose = h("textarea", { name: "purpose", rows: 3, maxLength: 2000 });

  const goalBoxes = goalSuggestions.map((goal) => h("input", { type: "checkbox", value: goal }));
  const ownGoals = h("div", { class: "own-goals" });
  const addOwnGoal = () => {
    const input = h("input", { type: "text", maxLength: 500, "aria-label": `Your own goal ${ownGoals.children.length + 1}` });
    ownGoals.append(input);
    input.focus();
  };
  ownGoals.append(h("input", { type: "text", maxLength: 500, "aria-label": "Your own goal 1" }));
  const chosenGoals = () => [...goalBoxes.filter((b) => b.checked).map((b) => b.value),
    ...[...ownGoals.querySelectorAll("input")].map((i) => i.value.trim()).filter((g) => g.length > 0)];

  const frequency = h("select", { name: "frequency" },
    ...(Object.keys(frequencyLabels) as Frequency[]).map((f) => h("option", { value: f }, frequencyLabels[f])));
  const duration = h("input", { type: "number", name: "durationMinutes", value: "45", min: "15", max: "240", step: "5", inputMode: "numeric" });
  const startDate = h("input", { type: "date", name: "startDate", value: nextMonday(now) });
  const meetingCount = h("input", { type: "number", name: "meetingCount", value: "8", min: "1", max: "52", inputMode: "numeric" });
  const evaluateAfter = h("input", { type: "number", name: "evaluateAfterMeetings", value: "4", min: "1", max: "52", inputMode: "numeric" });
  const zoneList = uid("zones");
  const timeZone = h("input", { type: "text", name: "timeZone", autocomplete: "off", placeholder: "My mailbox's time zone" });
  timeZone.setAttribute("list", zoneList);

  const summary = errorSummary();
  const submit = h("button", { type: "submit", class: "primary" }, "Propose");
  const form = h("form", { noValidate: true, class: "form" },
    summary,
    field("Mentor", mentorInput, "mentorUpn", "Type a name, a job title, a department or an office, then choose the person from the list."),
    results,
    h("div", { class: "suggest" },
      button("Suggest mentors for my goals", () => void suggest(), { class: "link" }),
      h("p", { class: "hint" }, "People who mentor, outside your management chain, ranked for the goals you tick below."),
      suggestionList),
    field("Purpose: why this mentor?", purpose, "purpose"),
    fieldset("Goals", "goals",
      h("p", { class: "hint" }, "Tick the suggestions that fit and add your own (1 to 10 goals)."),
      ...goalBoxes.map((box) => h("label", { class: "choice" }, box, h("span", {}, box.value))),
      ownGoals,
      button("Add another goal", addOwnGoal, { class: "link" })),
    fieldset("Cadence", "cadence",
      field("How often", frequency, "cadence.frequency"),
      field("Meeting length (minutes)", duration, "cadence.durationMinutes", "15 to 240 minutes.")),
    field("First meeting on or after", startDate, "startDate"),
    field("Number of meetings", meetingCount, "meetingCount", "1 to 52."),
    field("Evaluate after meeting", evaluateAfter, "evaluateAfterMeetings", "At this meeting you decide together to continue, amend or end."),
    field("Time zone (optional)", timeZone, "timeZone", "Leave empty to use your mailbox's time zone."),
    h("datalist", { id: zoneList }, ...commonZones.map((z) => h("option", { value: z }))),
    h("div", { class: "actions" }, submit));
  const errors = new FormErrors(form, summary);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void propose();
  });

  const propose = async () => {
    errors.clear();
    const typed = mentorInput.value.trim();
    const goals = chosenGoals();
    const request: CreateRelationshipRequest = {
      mentorUpn: chosen?.upn ?? (typed.includes("@") ? typed : ""),
      purpose: purpose.value.trim(),
      goals,
      cadence: { frequency: frequency.value as Frequency, durationMinutes: numberOf(duration) },
      startDate: startDate.value,
      meetingCount: numberOf(meetingCount),
      evaluateAfterMeetings: numberOf(evaluateAfter),
    };
    if (timeZone.value.trim()) request.timeZone = timeZone.value.trim();
    if (!request.mentorUpn && typed) {
      errors.show(new ApiProblem({ status: 400, title: "Choose a mentor", message: "Choose the mentor from the list of people found.", fieldErrors: { mentorUpn: [`Choose the person you mean by “${typed}” from the list.`] } }));
      return;
    }
    submit.disabled = true;
    try {
      const created = await ctx.api.createRelationship(request);
      ctx.announce(`Asked ${created.mentor.displayName}: MentorScheduler mailed them your proposal. You choose a time once they accept.`);
      await ctx.navigate("relationship", { id: created.id });
    } catch (problem) {
      errors.show(problem, mentorFieldFor);
      ctx.announce(messageOf(problem, "The relationship was not created."), "error");
    } finally {
      submit.disabled = false;
    }
  };

  return h("div", { class: "view" }, h("h2", {}, "New relationship"),
    h("p", { class: "muted" }, "You are the mentee: you propose, organise the meetings and prepare each agenda."), form);
};

/** A refusal about the mentor (a manager, yourself, not in the tenant, already yours) belongs by the mentor field. */
export function mentorFieldFor(problem: ApiProblem): string | undefined {
  if (problem.code?.startsWith("mentor") || problem.code === "relationshipExists" || problem.code === "notOpenToMentoring") return "mentorUpn";
  if (problem.code === "timeZoneUnknown") return "timeZone";
  return undefined;
}

function numberOf(input: HTMLInputElement): number {
  return input.value.trim() === "" ? Number.NaN : Number(input.value);
}

