// Who the signed-in person is to a relationship, and the zone their times are shown in: one place for every view.
import type { Relationship } from "../api/types";
import type { ViewContext } from "./context";

/** The signed-in person's part in a relationship; "admin" for a program admin looking at someone else's. */
export type Role = "mentee" | "mentor" | "admin";

export function roleIn(ctx: ViewContext, r: Relationship): Role {
  const me = ctx.me.upn.toLowerCase();
  if (r.mentee.upn.toLowerCase() === me) return "mentee";
  if (r.mentor.upn.toLowerCase() === me) return "mentor";
  return "admin";
}

/** The mentee sees times in the relationship's zone; others in their own (undefined: the pane's zone). */
export function zoneFor(ctx: ViewContext, r: Relationship): string | undefined {
  return roleIn(ctx, r) === "mentee" ? r.timeZone : undefined;
}
