// My mentor profile (issue 18): whether I take mentees, in what I can help, how many at once, meetings a month and
// how I like to meet. Mentees see the expertise and whether I have room when they search for a mentor.
import type { MeetingMode } from "../../api/types";
import type { View } from "../context";
import { button, h, uid } from "../dom";
import { errorSummary, field, fieldset, FormErrors } from "../forms";

export const modeLabels: Record<MeetingMode, string> = { teams: "Teams call", inPerson: "In person", phone: "Phone" };

/** The tags typed in the expertise box: split at commas, trimmed, without empty ones or repeats (any case). */
export function parseExpertise(text: string): string[] {
  const seen = new Set<string>();
  return text.split(",").map((t) => t.trim()).filter((t) => {
    const key = t.toLowerCase();
    if (t.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const mentorProfileView: View<"profile"> = async (ctx) => {
  const profile = await ctx.api.mentorProfile();

  const open = h("input", { type: "checkbox", name: "openToMentoring", checked: profile.saved ? profile.openToMentoring : true });
  const expertise = h("input", { type: "text", name: "expertise", autocomplete: "off", value: profile.expertise.join(", ") });
  const suggestions = profile.suggestedExpertise.filter((tag) => !profile.expertise.some((own) => own.toLowerCase() === tag.toLowerCase()));
  const addTag = (tag: string) => {
    expertise.value = parseExpertise(`${expertise.value},${tag}`).join(", ");
    expertise.focus();
  };
  const about = h("textarea", { name: "about", rows: 3, maxLength: 1000, value: profile.about });
  const maxMentees = h("input", { type: "number", name: "maxMentees", min: "1", max: "20", inputMode: "numeric", value: String(profile.maxMentees) });
  const meetings = h("input", { type: "number", name: "meetingsPerMonth", min: "0", max: "60", inputMode: "numeric", value: String(profile.meetingsPerMonth) });
  const modeBoxes = (Object.keys(modeLabels) as MeetingMode[]).map((mode) =>
    h("input", { type: "checkbox", value: mode, checked: profile.saved ? profile.modes.includes(mode) : mode === "teams" }));

  const intro = h("p", { class: "muted" }, profile.saved ? "What mentees see when they look for a mentor." : "You have no profile yet: anyone can propose to you, and you are asked first.");
  const summary = errorSummary();
  const save = h("button", { type: "submit", class: "primary" }, "Save my profile");
  const suggestionId = uid("suggested");
  const form = h("form", { noValidate: true, class: "form" },
    summary,
    h("label", { class: "choice" }, open, h("span", {}, "I am open to mentoring")),
    field("Areas of expertise", expertise, "expertise", "Short tags, separated by commas: product management, public speaking."),
    suggestions.length > 0
      ? h("div", { class: "suggestions", id: suggestionId }, h("p", { class: "hint" }, "Often given in your organisation:"),
        ...suggestions.map((tag) => button(tag, () => addTag(tag), { class: "chip", "aria-label": `Add ${tag}` })))
      : null,
    field("How I can help", about, "about", "A sentence or two mentees read when they choose."),
    field("Most mentees at once", maxMentees, "maxMentees", "1 to 20. When you have that many, nobody can propose to you."),
    field("Meetings a month, across all mentees", meetings, "meetingsPerMonth", "0 to 60. Booking keeps every month within it."),
    fieldset("How I like to meet", "modes", ...modeBoxes.map((box) => h("label", { class: "choice" }, box, h("span", {}, modeLabels[box.value as MeetingMode])))),
    h("div", { class: "actions" }, save));
  const errors = new FormErrors(form, summary);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    errors.clear();
    save.disabled = true;
    ctx.api.saveMentorProfile({
      openToMentoring: open.checked,
      expertise: parseExpertise(expertise.value),
      about: about.value.trim(),
      maxMentees: Number(maxMentees.value),
      meetingsPerMonth: Number(meetings.value),
      modes: modeBoxes.filter((b) => b.checked).map((b) => b.value as MeetingMode),
    }).then((saved) => {
      expertise.value = saved.expertise.join(", ");
      intro.textContent = "What mentees see when they look for a mentor.";
      ctx.announce(saved.openToMentoring
        ? `Profile saved. Mentees searching for a mentor see your expertise and whether you have room (at most ${saved.maxMentees} at once).`
        : "Profile saved. Nobody can propose to you while you are not open to mentoring.");
    }, (error: unknown) => {
      errors.show(error);
      ctx.announce("The profile was not saved.", "error");
    }).finally(() => { save.disabled = false; });
  });

  return h("div", { class: "view" },
    h("h2", {}, "My mentor profile"),
    intro,
    form);
};
