// The HTTP contract the pane uses (shared/design/API.md), as TypeScript types. Instants are ISO 8601 with
// an offset; local wall times travel with an IANA time zone id.

export type Frequency = "weekly" | "biweekly" | "monthly" | "quarterly";
export type RelationshipStatus = "proposed" | "agreed" | "invited" | "active" | "declined" | "withdrawn" | "ended";

export interface Me {
  id: string;
  upn: string;
  displayName: string;
  tenantId: string;
  roles: string[];
  /** Whether the tenant lets program admins read notes (Privacy:AdminsReadNotes). */
  adminsReadNotes: boolean;
}

export interface Person {
  upn: string;
  displayName: string;
  /** In a relationship: the person's mailbox time zone as the record knows it. */
  timeZone?: string;
}

export interface PersonResult extends Person {
  jobTitle: string | null;
  department: string | null;
  officeLocation: string | null;
  /** (Person.timeZone: their mailbox's zone, IANA; absent when their settings give none.) */
  /** From their mentor profile; empty without one. */
  expertise: string[];
  /** From their mentor profile: "open", "full" or "closed"; null without one (they are asked first). */
  room: "open" | "full" | "closed" | null;
}

/** GET /api/mentors/suggestions: someone who mentors, ranked for the caller, with the reasons in words. */
export interface MentorSuggestion {
  upn: string;
  displayName: string;
  jobTitle: string | null;
  department: string | null;
  score: number;
  reasons: string[];
}

/** One of my mentors (GET /api/me/mentors), from my latest relationship with them. */
export interface MyMentor {
  upn: string;
  displayName: string;
  jobTitle: string | null;
  department: string | null;
  level: string | null;
  expertise: string[];
  relationshipId: string;
  status: RelationshipStatus;
  current: boolean;
  since: string;
  endedAt: string | null;
}

/** My set of mentors, current first, and a prompt when they are all from one function or level. */
export interface MyMentors {
  mentors: MyMentor[];
  prompt: string | null;
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
  /** The evaluation point: due once that meeting has been held, overdue one interval later, done once decided. */
  evaluation: { status: EvaluationStatus; afterMeeting: number };
  /** The mentor's words with their answer to the proposal. */
  mentorComment?: string | null;
  answeredAt?: string | null;
  endedAt?: string | null;
  stayInTouch?: StayInTouch | null;
}

export type StayInTouch = "none" | "quarterly" | "twiceAYear";

export type EvaluationStatus = "scheduled" | "due" | "overdue" | "done";
export type Recommendation = "continue" | "amend" | "end";

export interface GoalRating {
  goal: string;
  rating: number;
}

/** The body of PUT .../evaluations/me. */
export interface EvaluationRequest {
  goalRatings: GoalRating[];
  reflection?: string;
  recommendation: Recommendation;
}

export interface Evaluation {
  author: "mentee" | "mentor";
  afterMeeting: number;
  goalRatings: GoalRating[];
  reflection: string | null;
  recommendation: Recommendation;
  submittedAt: string;
}

/** The body of POST .../decision. */
export type DecisionRequest =
  | { decision: "continue"; additionalMeetings: number; evaluateAfterMeetings?: number }
  | ({ decision: "amend" } & AmendRequest & { evaluateAfterMeetings?: number })
  | ({ decision: "end" } & EndRequest);

export interface EndRequest {
  reflection?: string;
  thankYouNote?: string;
  stayInTouch?: StayInTouch;
}

export type EditRelationshipRequest = Partial<Omit<CreateRelationshipRequest, "mentorUpn">>;

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
  mentorEnd: string;
  mentorTimeZone: string;
  /** The meetings that do not suit someone, and why. */
  clashes: { date: string; who: "mentee" | "mentor"; reason: "busy" | "tentative" | "outsideHours" }[];
  /** When a daylight-saving change moves the meeting's local time for one of them. */
  changes: { from: string; who: "mentee" | "mentor"; timeZone: string; localStart: string }[];
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
  agenda: { status: "pending" | "sent" | "failed"; sentAt: string | null };
  notesFiled: boolean;
  /** Which booking of the relationship the session belongs to (1, then one more per amendment). */
  seriesVersion: number;
  /** The session's discussion items and questions. */
  items: DiscussionItem[];
}

// Agendas.
export type ItemKind = "discussion" | "question";

export interface DiscussionItemRequest {
  text: string;
  kind: ItemKind;
}

export interface DiscussionItem {
  id: string;
  /** May be a later session than the one it was added to, when that agenda had already gone out. */
  sessionId: string;
  kind: ItemKind;
  text: string;
  authorName: string;
  mine: boolean;
  createdAt: string;
}

/**
 * A session's agenda: the sent copy, or a preview before it is sent. `html` is rendered by the server with
 * every value escaped; the pane shows `text` and never inserts `html` into its own document.
 */
export interface Agenda {
  status: "pending" | "sent";
  sentAt: string | null;
  html: string;
  text: string;
}

// Notes and action items.
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
  createdAt: string;
  completedAt: string | null;
}

/** An action item in a notes save: with an `id` it updates that item, without one it is added. */
export interface ActionItemInput extends ActionItemDraft {
  id?: string;
  status?: ActionStatus;
}

export type BinderSection = "meetingNotes" | "mentorAdvice" | "myActionPlan" | "questionsForNextTime";

/** The body of PUT .../notes: Markdown in the four binder sections and the session's action items. */
export type NotesRequest = Record<BinderSection, string> & { actionItems: ActionItemInput[] };

/**
 * GET/PUT .../notes: each section's Markdown and its HTML (rendered by the server, raw HTML disabled and
 * unsafe links stripped; the pane shows the Markdown as text), the version (0 before the first save) and
 * the session's action items.
 */
export interface Notes extends Record<BinderSection, string> {
  sessionId: string;
  version: number;
  meetingNotesHtml: string;
  mentorAdviceHtml: string;
  myActionPlanHtml: string;
  questionsForNextTimeHtml: string;
  actionItems: ActionItem[];
  updatedAt: string | null;
  updatedBy: Person | null;
}

/** Notes with the ETag (response header) that a later PUT sends as If-Match. */
export interface VersionedNotes {
  notes: Notes;
  etag: string | null;
}

/** GET /api/relationships/{id}/timeline: the agreement, then each session in order with its notes. */
export interface Timeline {
  agreement: Relationship;
  sessions: TimelineSession[];
}

export interface TimelineSession {
  id: string;
  number: number;
  start: string;
  end: string;
  status: SessionStatus;
  agenda: { status: "pending" | "sent" | "failed"; sentAt: string | null };
  notes: Notes;
}

/** GET /api/sessions/by-event/{eventId}: the session behind an Outlook occurrence. */
export interface SessionRef {
  relationshipId: string;
  session: Session;
}

export interface AddinConfig {
  mode: "simulated" | "live";
  clientId: string | null;
  apiScope: string | null;
}

// The program (program admins): API.md "The program".
export interface MonthSessions { month: string; held: number; planned: number; cancelled: number }
export interface MentorLoad { upn: string; displayName: string; activeMentees: number; meetingsThisMonth: number; capacity: number }
export interface ProgramReport {
  relationships: Record<RelationshipStatus, number>;
  sessions: { held: number; planned: number; cancelled: number };
  sessionsByMonth: MonthSessions[];
  evaluations: { due: number; overdue: number; done: number };
  quiet: number;
  mentors: MentorLoad[];
  medianDaysToFirstSession: number | null;
  asOf: string;
}
export interface AdminRelationshipQuery {
  status?: RelationshipStatus | undefined;
  mentor?: string | undefined;
  evaluationDue?: boolean;
  quiet?: boolean;
  search?: string | undefined;
  limit?: number;
  cursor?: string | undefined;
}
export interface AdminRelationshipPage { items: Relationship[]; next: string | null }
export interface AgendaTemplate { html: string; text: string; isDefault: boolean; variables?: string[] }
export interface TemplatePreviewRequest { html?: string; text?: string; relationshipId?: string; sessionId?: string }

export type MeetingMode = "teams" | "inPerson" | "phone";

/** /api/me/mentor-profile (API.md "Mentors"). */
export interface MentorProfile {
  openToMentoring: boolean;
  expertise: string[];
  about: string;
  maxMentees: number;
  meetingsPerMonth: number;
  modes: MeetingMode[];
  /** False until the person saves one: the values are then the defaults. */
  saved: boolean;
  /** The tenant's most used expertise tags, most used first. */
  suggestedExpertise: string[];
}

export type MentorProfileRequest = Omit<MentorProfile, "saved" | "suggestedExpertise">;
