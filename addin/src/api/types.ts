// The HTTP contract the pane uses (shared/design/API.md), as TypeScript types. Instants are ISO 8601 with
// an offset; local wall times travel with an IANA time zone id.

export type Frequency = "weekly" | "biweekly" | "monthly" | "quarterly";
export type RelationshipStatus = "proposed" | "invited" | "active" | "declined" | "ended";

export interface Me {
  id: string;
  upn: string;
  displayName: string;
  tenantId: string;
  roles: string[];
}

export interface Person {
  upn: string;
  displayName: string;
}

export interface PersonResult extends Person {
  jobTitle: string | null;
}

export interface Cadence {
  frequency: Frequency;
  durationMinutes: number;
}

export interface Series {
  eventId: string;
  start: string;
  timeZone: string;
}

export interface Relationship {
  id: string;
  status: RelationshipStatus;
  mentee: Person;
  mentor: Person;
  purpose: string;
  goals: string[];
  cadence: Cadence;
  startDate: string;
  meetingCount: number;
  evaluateAfterMeetings: number;
  timeZone: string;
  series: Series | null;
}

export interface CreateRelationshipRequest {
  mentorUpn: string;
  purpose: string;
  goals: string[];
  cadence: Partial<Cadence>;
  startDate: string;
  meetingCount: number;
  evaluateAfterMeetings: number;
  timeZone?: string;
}

export interface Slot {
  /** The first meeting's local start in the relationship's zone (no offset). */
  start: string;
  end: string;
  timeZone: string;
  conflicts: number;
  /** The same instant as the mentor's local wall time. */
  mentorStart: string;
  mentorTimeZone: string;
}

export interface BookingRequest {
  start?: string;
  timeZone?: string;
}

export interface AmendRequest {
  cadence?: Partial<Cadence>;
  start?: string;
  timeZone?: string;
}

export type SessionStatus = "scheduled" | "cancelled";

export interface Session {
  id: string;
  start: string;
  end: string;
  status: SessionStatus;
  number: number;
  agenda: { status: "pending" | "sent"; sentAt?: string | null };
  notesFiled: boolean;
}

export interface Capacity {
  meetingsPerMonth: number;
  isDefault: boolean;
}

// Issue 5: agendas.
export type ItemKind = "discussion" | "question";

export interface DiscussionItemRequest {
  text: string;
  kind: ItemKind;
}

export interface Agenda {
  status: "pending" | "sent";
  html: string;
  text: string;
}

export interface SweepResult {
  delivered: number;
}

// Issue 6: notes and action items.
export type ActionOwner = "mentee" | "mentor";
export type ActionStatus = "open" | "done";

export interface ActionItemDraft {
  text: string;
  owner: ActionOwner;
  dueDate: string | null;
}

export interface ActionItem extends ActionItemDraft {
  id: string;
  status: ActionStatus;
  sessionId: string;
}

export interface Notes {
  meetingNotes: string;
  mentorAdvice: string;
  myActionPlan: string;
  questionsForNextTime: string;
  actionItems: ActionItemDraft[];
}

/** Notes with the ETag that a later PUT sends as If-Match. */
export interface VersionedNotes {
  notes: Notes;
  etag: string | null;
}

export interface TimelineEntry {
  at: string;
  kind: string;
  text: string;
  sessionId?: string | null;
}

export interface SessionRef {
  relationshipId: string;
  sessionId: string;
  number?: number;
  start?: string;
}

export interface AddinConfig {
  mode: "simulated" | "live";
  clientId: string | null;
  apiScope: string | null;
}
