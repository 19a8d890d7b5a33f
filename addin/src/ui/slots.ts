// A candidate series as a person choosing it wants to see it: both people's start and end, each meeting that clashes
// with whom and why, and when a daylight-saving change moves the meeting for one of them.
import type { Relationship, Slot } from "../api/types";
import { h } from "./dom";
import { formatDate, formatLocal, formatLocalTime, zoneLabel } from "./format";

type Clash = Slot["clashes"][number];

const firstName = (r: Relationship) => r.mentor.displayName.split(" ")[0] ?? r.mentor.displayName;

/** Why one meeting does not suit someone, as the mentee reads it: "Megan is tentatively booked", "outside your working hours". */
export function clashReason(r: Relationship, clash: Pick<Clash, "who" | "reason">): string {
  const subject = clash.who === "mentee" ? "you are" : `${firstName(r)} is`;
  if (clash.reason === "busy") return `${subject} busy`;
  if (clash.reason === "tentative") return `${subject} tentatively booked`;
  return `outside ${clash.who === "mentee" ? "your" : `${firstName(r)}'s`} working hours`;
}

/** Clashes grouped by meeting date, in order: one line per meeting, naming every reason it does not suit. */
function byDate(clashes: Clash[]): [string, Clash[]][] {
  const days = new Map<string, Clash[]>();
  for (const c of clashes) days.set(c.date, [...(days.get(c.date) ?? []), c]);
  return [...days];
}

/** One line per clashing meeting ("4 Jan 2027: Megan is busy"), or one for all when every meeting clashes the same way. */
export function clashLines(r: Relationship, slot: Pick<Slot, "clashes">): string[] {
  const days = byDate(slot.clashes).map(([date, day]) => [date, day.map((c) => clashReason(r, c)).join("; ")] as const);
  const reasons = new Set(days.map(([, reason]) => reason));
  if (days.length === r.meetingCount && days.length > 1 && reasons.size === 1) return [`All ${days.length} meetings: ${[...reasons][0]}`];
  return days.map(([date, reason]) => `${formatDate(date)}: ${reason}`);
}

export function slotDetails(r: Relationship, slot: Slot): HTMLElement {
  const name = (who: "mentee" | "mentor") => (who === "mentee" ? "you" : firstName(r));
  const conflicts = slot.conflicts === 0 ? "No conflicts" : `${slot.conflicts} of ${r.meetingCount} meetings clash`;
  return h("span", {},
    h("strong", {}, `${formatLocal(slot.start)}–${formatLocalTime(slot.end)}`),
    h("span", { class: "zone" }, r.mentee.timeZone && r.mentee.timeZone !== slot.timeZone ? ` ${zoneLabel(slot.timeZone)} (${slot.timeZone})` : ` your time (${slot.timeZone})`),
    h("br"),
    h("span", {}, `${r.mentor.displayName}: ${formatLocal(slot.mentorStart)}–${formatLocalTime(slot.mentorEnd)} (${slot.mentorTimeZone})`),
    h("br"),
    h("span", { class: slot.conflicts ? "warning" : "ok" }, conflicts),
    slot.clashes.length > 0
      ? h("ul", { class: "clashes" }, ...clashLines(r, slot).map((line) => h("li", {}, line)))
      : null,
    ...slot.changes.map((c) => h("span", { class: "change" }, h("br"),
      `From ${formatDate(c.from)}: ${c.localStart} ${c.who === "mentee" ? "your time" : `for ${name(c.who)} (${zoneLabel(c.timeZone)})`}, as the clocks change`)));
}
