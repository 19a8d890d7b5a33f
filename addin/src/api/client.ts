// The one typed client of the MentorScheduler API. Every failure becomes an ApiProblem with words to show.
import { ApiProblem, networkMessage, problemFromResponse } from "./problems";
import type {
  ActionItem, AdminRelationshipPage, AdminRelationshipQuery, AgendaTemplate, ProgramReport, TemplatePreviewRequest, ActionStatus, Agenda, AmendRequest, BookingRequest, Cadence, CreateRelationshipRequest, DecisionRequest, DiscussionItem,
  DiscussionItemRequest, EditRelationshipRequest, EndRequest, Evaluation, EvaluationRequest, Me, MentorProfile, MentorProfileRequest, MentorSuggestion, MyMentors, Notes, NotesRequest, PersonResult, Relationship,
  Session, SessionRef, Slot, Timeline, VersionedNotes,
} from "./types";

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * Supplies a bearer token for the API; asked before every call, so it may refresh. After a 401 the client
 * asks once more with `forceRefresh` (a cached token may have expired early, e.g. when the preview's dev
 * clock moved ahead) and retries the call once with the new token.
 */
export type TokenSource = (options?: TokenRequestOptions) => Promise<string>;

/** `claims`: a claims challenge from the API (base64 JSON in `WWW-Authenticate`), to sign in again with. */
export interface TokenRequestOptions {
  forceRefresh?: boolean;
  claims?: string;
}

/** The claims of a claims challenge (`WWW-Authenticate: Bearer error="insufficient_claims", claims="<base64>"`), decoded. */
export function claimsChallenge(header: string | null): string | undefined {
  const match = header?.match(/claims="([^"]+)"/);
  if (!match) return undefined;
  try {
    return atob(match[1]!);
  } catch {
    return undefined;
  }
}

export class ApiClient {
  constructor(
    private readonly getToken: TokenSource,
    private readonly fetchImpl: FetchLike = (input, init) => fetch(input, init),
    private readonly baseUrl = "",
  ) {}

  // Identity and people
  me(): Promise<Me> {
    return this.json("GET", "/api/me");
  }

  searchPeople(search: string): Promise<PersonResult[]> {
    return this.json("GET", `/api/people?search=${encodeURIComponent(search)}`);
  }

  /** People who mentor, ranked for me and the goals given, each with the reasons in words. */
  mentorSuggestions(goals: string[], count = 5): Promise<MentorSuggestion[]> {
    const query = [`count=${count}`, ...goals.map((g) => `goals=${encodeURIComponent(g)}`)].join("&");
    return this.json("GET", `/api/mentors/suggestions?${query}`);
  }

  myMentors(): Promise<MyMentors> {
    return this.json("GET", "/api/me/mentors");
  }

  mentorProfile(): Promise<MentorProfile> {
    return this.json("GET", "/api/me/mentor-profile");
  }

  saveMentorProfile(profile: MentorProfileRequest): Promise<MentorProfile> {
    return this.json("PUT", "/api/me/mentor-profile", profile);
  }

  // Relationships
  relationships(): Promise<Relationship[]> {
    return this.json("GET", "/api/relationships");
  }

  relationship(id: string): Promise<Relationship> {
    return this.json("GET", `/api/relationships/${seg(id)}`);
  }

  createRelationship(request: CreateRelationshipRequest): Promise<Relationship> {
    return this.json("POST", "/api/relationships", request);
  }

  /** The mentee edits the proposal while the mentor has not answered. */
  editRelationship(id: string, request: EditRelationshipRequest): Promise<Relationship> {
    return this.json("PATCH", `/api/relationships/${seg(id)}`, request);
  }

  /** The mentor's answer to the proposal. */
  answer(id: string, answer: "accept" | "decline", comment?: string): Promise<Relationship> {
    return this.json("POST", `/api/relationships/${seg(id)}/answer`, comment ? { answer, comment } : { answer });
  }

  /** Either participant ends the relationship: the series stops after the last held session. */
  end(id: string, request: EndRequest): Promise<Relationship> {
    return this.json("POST", `/api/relationships/${seg(id)}/end`, request);
  }

  // The evaluation point
  submitEvaluation(id: string, request: EvaluationRequest): Promise<Relationship> {
    return this.json("PUT", `/api/relationships/${seg(id)}/evaluations/me`, request);
  }

  evaluations(id: string): Promise<Evaluation[]> {
    return this.json("GET", `/api/relationships/${seg(id)}/evaluations`);
  }

  /** Continue, amend or end at the evaluation point. */
  decide(id: string, request: DecisionRequest): Promise<Relationship> {
    return this.json("POST", `/api/relationships/${seg(id)}/decision`, request);
  }

  withdraw(id: string): Promise<Relationship> {
    return this.json("POST", `/api/relationships/${seg(id)}/withdraw`, {});
  }

  // Booking
  /** With a cadence, for a booked relationship: the slots of an amended series, from one new interval after the last held meeting. */
  slots(id: string, count = 3, cadence?: Cadence): Promise<Slot[]> {
    const shape = cadence ? `&frequency=${cadence.frequency}&durationMinutes=${cadence.durationMinutes}` : "";
    return this.json("GET", `/api/relationships/${seg(id)}/slots?count=${count}${shape}`);
  }

  book(id: string, request: BookingRequest = {}): Promise<Relationship> {
    return this.json("POST", `/api/relationships/${seg(id)}/booking`, request);
  }

  sessions(id: string): Promise<Session[]> {
    return this.json("GET", `/api/relationships/${seg(id)}/sessions`);
  }

  cancelSession(id: string, sessionId: string, comment?: string): Promise<Session> {
    return this.json("POST", `/api/relationships/${seg(id)}/sessions/${seg(sessionId)}/cancel`, comment ? { comment } : {});
  }

  amend(id: string, request: AmendRequest): Promise<Relationship> {
    return this.json("POST", `/api/relationships/${seg(id)}/amend`, request);
  }

  // Agendas
  addItem(id: string, sessionId: string, item: DiscussionItemRequest): Promise<DiscussionItem> {
    return this.json("POST", `/api/relationships/${seg(id)}/sessions/${seg(sessionId)}/items`, item);
  }

  /** Your own item, before its agenda is sent. */
  editItem(id: string, sessionId: string, itemId: string, text: string): Promise<DiscussionItem> {
    return this.json("PATCH", `/api/relationships/${seg(id)}/sessions/${seg(sessionId)}/items/${seg(itemId)}`, { text });
  }

  removeItem(id: string, sessionId: string, itemId: string): Promise<void> {
    return this.json("DELETE", `/api/relationships/${seg(id)}/sessions/${seg(sessionId)}/items/${seg(itemId)}`);
  }

  agenda(id: string, sessionId: string): Promise<Agenda> {
    return this.json("GET", `/api/relationships/${seg(id)}/sessions/${seg(sessionId)}/agenda`);
  }

  // Notes and action items
  /** The session's notes and their ETag (`"0"` before the first save). */
  async notes(id: string, sessionId: string): Promise<VersionedNotes> {
    const response = await this.send("GET", notesPath(id, sessionId));
    return { notes: (await response.json()) as Notes, etag: response.headers.get("ETag") };
  }

  /**
   * Files the notes with If-Match set to the ETag they were read at (omitted when null: only the first save
   * may do that, later ones answer 428). A newer save elsewhere answers 412: an ApiProblem whose `isStale`
   * is true and whose `currentETag` is the ETag to read and merge against.
   */
  async saveNotes(id: string, sessionId: string, notes: NotesRequest, ifMatch: string | null): Promise<VersionedNotes> {
    const headers: Record<string, string> = ifMatch ? { "If-Match": ifMatch } : {};
    const response = await this.send("PUT", notesPath(id, sessionId), notes, headers);
    return { notes: (await response.json()) as Notes, etag: response.headers.get("ETag") };
  }

  actionItems(id: string, status?: ActionStatus): Promise<ActionItem[]> {
    const query = status ? `?status=${status}` : "";
    return this.json("GET", `/api/relationships/${seg(id)}/action-items${query}`);
  }

  setActionItemStatus(id: string, itemId: string, status: ActionStatus): Promise<ActionItem> {
    return this.json("PATCH", `/api/relationships/${seg(id)}/action-items/${seg(itemId)}`, { status });
  }

  timeline(id: string): Promise<Timeline> {
    return this.json("GET", `/api/relationships/${seg(id)}/timeline`);
  }

  /**
   * The session an Outlook occurrence belongs to (organiser's or attendee's copy); 404 when it is not a mentoring
   * session. `start` (the item's start) lets a series master's id resolve: classic Outlook and Outlook for Mac
   * give the master's id for an occurrence.
   */
  sessionByEvent(eventId: string, start?: string): Promise<SessionRef> {
    const query = start ? `?start=${encodeURIComponent(start)}` : "";
    return this.json("GET", `/api/sessions/by-event/${seg(eventId)}${query}`);
  }

  // The program (program admins)
  programReport(): Promise<ProgramReport> {
    return this.json("GET", "/api/admin/program");
  }

  adminRelationships(query: AdminRelationshipQuery): Promise<AdminRelationshipPage> {
    const params = new URLSearchParams();
    if (query.status) params.set("status", query.status);
    if (query.mentor) params.set("mentor", query.mentor);
    if (query.evaluationDue) params.set("evaluation", "due");
    if (query.quiet) params.set("quiet", "true");
    if (query.search?.trim()) params.set("search", query.search.trim());
    if (query.limit) params.set("limit", String(query.limit));
    if (query.cursor) params.set("cursor", query.cursor);
    return this.json("GET", `/api/admin/relationships?${params.toString()}`);
  }

  /** The program's CSV as a file to save, with the name the API gives it. */
  async programCsv(): Promise<{ blob: Blob; fileName: string }> {
    const response = await this.send("GET", "/api/admin/program.csv", undefined, { Accept: "text/csv" });
    const name = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? "mentoring-program.csv";
    return { blob: await response.blob(), fileName: name };
  }

  agendaTemplate(): Promise<AgendaTemplate> {
    return this.json("GET", "/api/admin/agenda-template");
  }

  saveAgendaTemplate(html: string, text: string): Promise<AgendaTemplate> {
    return this.json("PUT", "/api/admin/agenda-template", { html, text });
  }

  resetAgendaTemplate(): Promise<void> {
    return this.json("DELETE", "/api/admin/agenda-template");
  }

  previewAgendaTemplate(request: TemplatePreviewRequest): Promise<Agenda> {
    return this.json("POST", "/api/admin/agenda-template/preview", request);
  }

  private async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.send(method, path, body);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  private async send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    let response = await this.attempt(method, path, body, headers, await this.getToken());
    if (response.status === 401) {
      // Once: a fresh token, in case the cached one expired before the host expected, or, when the API passes on
      // Entra's claims challenge (multi-factor authentication, Conditional Access), one signed in with those claims.
      const claims = claimsChallenge(response.headers.get("WWW-Authenticate"));
      const fresh = await this.getToken(claims ? { forceRefresh: true, claims } : { forceRefresh: true }).catch(() => undefined);
      if (fresh) response = await this.attempt(method, path, body, headers, fresh);
    }
    if (!response.ok) throw await problemFromResponse(response);
    return response;
  }

  private async attempt(method: string, path: string, body: unknown, headers: Record<string, string>, token: string): Promise<Response> {
    const init: RequestInit = {
      method,
      headers: {
        Accept: "application/json",
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        ...headers,
      },
    };
    if (body !== undefined) init.body = JSON.stringify(body);
    try {
      return await this.fetchImpl(this.baseUrl + path, init);
    } catch {
      throw new ApiProblem({ status: 0, title: "Offline", message: networkMessage });
    }
  }
}

function notesPath(id: string, sessionId: string): string {
  return `/api/relationships/${seg(id)}/sessions/${seg(sessionId)}/notes`;
}

function seg(value: string): string {
  return encodeURIComponent(value);
}
