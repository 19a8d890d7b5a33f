// Who the signed-in person is to a relationship, and the zone their times are shown in: one place for every view.
import type { Relationship } from "../api/types";
import type { ViewContext } from "./context";
import { formatInstant, zoneLabel } from "./format";

/** The signed-in person's part in a relationship; "admin" for a program admin looking at someone else's. */
export type Role = "mentee" | "mentor" | "admin";

export function roleIn(ctx: ViewContext, r: Relationship): Role {
  const me = ctx.me.upn.toLowerCase();
  if (r.mentee.upn.toLowerCase() === me) return "mentee";
  if (r.mentor.upn.toLowerCase() === me) return "mentor";
  return "admin";
}

/**
 * The zone a person's times are shown in: their own mailbox zone as the record knows it (the mentee's is the
 * relationship's; the mentor's was read when they were proposed); a program admin sees the relationship's.
 */
export function zoneFor(ctx: ViewContext, r: Relationship): string {
  const role = roleIn(ctx, r);
  if (role === "mentor") return r.mentor.timeZone ?? r.timeZone;
  if (role === "mentee") return r.mentee.timeZone ?? r.timeZone;
  return r.timeZone;
}

/**
 * An instant in the reader's zone, the zone named when it is not the relationship's ("Mon 4 Jan 2027, 09:00 New York
 * time"). A program admin's own zone is not in the record, so their times always carry the relationship's zone's name.
 */
export function timeFor(ctx: ViewContext, r: Relationship, instant: string): string {
  const zone = zoneFor(ctx, r);
  const text = formatInstant(instant, zone);
  return zone === r.timeZone && roleIn(ctx, r) !== "admin" ? text : `${text} ${zoneLabel(zone)}`;
}

/** Who can read what the signed-in participant writes, in one sentence for beside the notes form. */
export function whoReads(ctx: ViewContext, r: Relationship): string {
  const role = roleIn(ctx, r);
  const other = role === "mentor" ? r.mentee.displayName : r.mentor.displayName;
  if (role === "admin") return ctx.me.adminsReadNotes ? "As a program admin you can read these notes; only the two of them can change them." : "These notes are private to the two of them.";
  return ctx.me.adminsReadNotes
    ? `You, ${other} and your organisation's program admins can read these notes; only the two of you can change them.`
    : `Only you and ${other} can read these notes: your organisation's program admins see that notes were filed, not what they say.`;
}
