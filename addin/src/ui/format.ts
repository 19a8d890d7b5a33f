// Dates, times and labels in words.
import type { Frequency, Relationship, RelationshipStatus } from "../api/types";

const dateTime: Intl.DateTimeFormatOptions = {
  weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
};

/** "Mon 4 Jan 2027, 14:00", assembled from parts so every browser says it the same way. */
function render(date: Date, timeZone: string | undefined): string {
  const parts = new Intl.DateTimeFormat("en-GB", { ...dateTime, ...(timeZone ? { timeZone } : {}) }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("weekday")} ${part("day")} ${part("month")} ${part("year")}, ${part("hour")}:${part("minute")}`;
}

/** A local wall time with no offset ("2027-01-04T14:00:00") as "Mon 4 Jan 2027, 14:00". */
export function formatLocal(local: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!m) return local;
  return render(new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!)), "UTC");
}

/** Only the time of a local wall time: "14:00". */
export function formatLocalTime(local: string): string {
  const m = /T(\d{2}):(\d{2})/.exec(local);
  return m ? `${m[1]}:${m[2]}` : local;
}

/** An instant with an offset, shown in a time zone ("Mon 4 Jan 2027, 14:00"). */
export function formatInstant(instant: string, timeZone?: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  try {
    return render(date, timeZone);
  } catch {
    return render(date, undefined);
  }
}

/** How people name a zone: "New York time" for America/New_York. */
export function zoneLabel(zone: string): string {
  if (zone === "UTC" || zone === "Etc/UTC") return "UTC";
  return `${zone.slice(zone.lastIndexOf("/") + 1).replace(/_/g, " ")} time`;
}

/** A date (yyyy-MM-dd) as "4 Jan 2027". */
export function formatDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return date;
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })
    .format(new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)));
}

export const frequencyLabels: Record<Frequency, string> = {
  weekly: "Weekly",
  biweekly: "Every two weeks",
  monthly: "Monthly",
  quarterly: "Quarterly",
};

/** Status in neutral words, for a program admin looking at someone else's relationship. */
export const statusLabels: Record<RelationshipStatus, string> = {
  proposed: "Proposed: waiting for the mentor's answer",
  agreed: "Agreed: waiting for the booking",
  invited: "Invited: waiting for the mentor to accept the series",
  active: "Active",
  declined: "Declined by the mentor",
  withdrawn: "Withdrawn by the mentee",
  ended: "Ended",
};

/** Status worded for the reader: the mentor is never told they are waiting for the mentor. */
export function statusFor(r: Relationship, role: "mentee" | "mentor" | "admin"): string {
  if (role === "mentee") {
    const labels: Record<RelationshipStatus, string> = {
      proposed: `Asked: waiting for ${r.mentor.displayName}'s answer`,
      agreed: `${r.mentor.displayName} said yes: choose a time`,
      invited: `Invited: waiting for ${r.mentor.displayName} to accept the series`,
      active: "Active",
      declined: `Declined by ${r.mentor.displayName}`,
      withdrawn: "You withdrew it",
      ended: "Ended",
    };
    return labels[r.status] ?? r.status;
  }
  if (role === "mentor") {
    const labels: Record<RelationshipStatus, string> = {
      proposed: `${r.mentee.displayName} is waiting for your answer`,
      agreed: `You said yes: waiting for ${r.mentee.displayName} to book`,
      invited: "Invited: answer the series in Outlook",
      active: "Active",
      declined: "You declined",
      withdrawn: `Withdrawn by ${r.mentee.displayName}`,
      ended: "Ended",
    };
    return labels[r.status] ?? r.status;
  }
  return statusLabels[r.status] ?? r.status;
}

/** Closed: kept in history, shown under "Past". */
export function isPast(r: Relationship): boolean {
  return r.status === "declined" || r.status === "withdrawn" || r.status === "ended";
}

export function cadenceText(r: Relationship): string {
  return `${frequencyLabels[r.cadence.frequency] ?? r.cadence.frequency}, ${r.cadence.durationMinutes} min · ${r.meetingCount} meetings, evaluate after ${r.evaluateAfterMeetings}`;
}

/** The day after `days` days from a date, as yyyy-MM-dd. */
export function addDays(date: Date, days: number): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days));
  return d.toISOString().slice(0, 10);
}

/** The next Monday on or after tomorrow, as yyyy-MM-dd. */
export function nextMonday(from: Date): string {
  const day = from.getUTCDay();
  const ahead = ((8 - day) % 7) || 7;
  return addDays(from, ahead);
}
