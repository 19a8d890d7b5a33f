// A candidate series as a person choosing it wants to see it: both people's start and end, each meeting that clashes
// with whom and why, and when a daylight-saving change moves the meeting for one of them.
import type { Relationship, Slot } from "../api/types";
import { h } from "./dom";
import { formatDate, formatLocal, formatLocalTime, zoneLabel } from "./format";

export function slotDetails(r: Relationship, slot: Slot): HTMLElement {
  const name = (who: "mentee" | "mentor") => (who === "mentee" ? "you" : r.mentor.displayName.split(" ")[0] ?? r.mentor.displayName);
  const reason = (who: "mentee" | "mentor", why: string) =>
    why === "busy" ? `${who === "mentee" ? "you are" : `${name(who)} is`} busy` : `outside ${who === "mentee" ? "your" : `${name(who)}'s`} working hours`;
  const conflicts = slot.conflicts === 0 ? "No conflicts" : `${slot.conflicts} of ${r.meetingCount} meetings clash`;
  return h("span", {},
    h("strong", {}, `${formatLocal(slot.start)}–${formatLocalTime(slot.end)}`),
    h("span", { class: "zone" }, ` your time (${slot.timeZone})`),
    h("br"),
    h("span", {}, `${r.mentor.displayName}: ${formatLocal(slot.mentorStart)}–${formatLocalTime(slot.mentorEnd)} (${slot.mentorTimeZone})`),
    h("br"),
    h("span", { class: slot.conflicts ? "warning" : "ok" }, conflicts),
    slot.clashes.length > 0
      ? h("ul", { class: "clashes" }, ...slot.clashes.map((c) => h("li", {}, `${formatDate(c.date)}: ${reason(c.who, c.reason)}`)))
      : null,
    ...slot.changes.map((c) => h("span", { class: "change" }, h("br"),
      `From ${formatDate(c.from)}: ${c.localStart} ${c.who === "mentee" ? "your time" : `for ${name(c.who)} (${zoneLabel(c.timeZone)})`}, as the clocks change`)));
}
