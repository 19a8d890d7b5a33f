// The one typed client of the MentorScheduler API. Every failure becomes an ApiProblem with words to show.
import { ApiProblem, networkMessage, problemFromResponse } from "./problems";
import type {
  ActionItem, ActionStatus, Agenda, AmendRequest, BookingRequest, Capacity, CreateRelationshipRequest,
  DiscussionItemRequest, Me, Notes, PersonResult, Relationship, Session, SessionRef, Slot, SweepResult,
  TimelineEntry, VersionedNotes,
} from "./types";

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** Supplies a bearer token for the API; asked before every call, so it may refresh. */
export type TokenSource = () => Promise<string>;

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

  // Booking
  slots(id: string, count = 3): Promise<Slot[]> {
    return this.json("GET", `/api/relationships/${seg(id)}/slots?count=${count}`);
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

  capacity(): Promise<Capacity> {
    return this.json("GET", "/api/me/capacity");
  }

  setCapacity(meetingsPerMonth: number): Promise<Capacity> {
    return this.json("PUT", "/api/me/capacity", { meetingsPerMonth });
  }

  // Agendas (issue 5)
  addItem(id: string, sessionId: string, item: DiscussionItemRequest): Promise<unknown> {
    return this.json("POST", `/api/relationships/${seg(id)}/sessions/${seg(sessionId)}/items`, item);
  }

  agenda(id: string, sessionId: string): Promise<Agenda> {
    return this.json("GET", `/api/relationships/${seg(id)}/sessions/${seg(sessionId)}/agenda`);
  }

  runAgendaSweep(): Promise<SweepResult> {
    return this.json("POST", "/api/admin/agenda-sweep", {});
  }

  // Notes and action items (issue 6)
  async notes(id: string, sessionId: string): Promise<VersionedNotes> {
    const response = await this.send("GET", `/api/relationships/${seg(id)}/sessions/${seg(sessionId)}/notes`);
    return { notes: normaliseNotes(await response.json()), etag: response.headers.get("ETag") };
  }

  /** Files the notes; with the ETag they were read at, a newer version elsewhere answers 412 (ApiProblem.isStale). */
  async saveNotes(id: string, sessionId: string, notes: Notes, ifMatch: string | null): Promise<VersionedNotes> {
    const headers: Record<string, string> = ifMatch ? { "If-Match": ifMatch } : {};
    const response = await this.send("PUT", `/api/relationships/${seg(id)}/sessions/${seg(sessionId)}/notes`, notes, headers);
    return { notes: normaliseNotes(await response.json()), etag: response.headers.get("ETag") };
  }

  actionItems(id: string, status?: ActionStatus): Promise<ActionItem[]> {
    const query = status ? `?status=${status}` : "";
    return this.json("GET", `/api/relationships/${seg(id)}/action-items${query}`);
  }

  setActionItemStatus(id: string, itemId: string, status: ActionStatus): Promise<ActionItem> {
    return this.json("PATCH", `/api/relationships/${seg(id)}/action-items/${seg(itemId)}`, { status });
  }

  async timeline(id: string): Promise<TimelineEntry[]> {
    const raw = await this.json<unknown>("GET", `/api/relationships/${seg(id)}/timeline`);
    return normaliseTimeline(raw);
  }

  /** The session an Outlook occurrence belongs to; 404 when the meeting is not a mentoring session. */
  async sessionByEvent(eventId: string): Promise<SessionRef> {
    return normaliseSessionRef(await this.json<unknown>("GET", `/api/sessions/by-event/${seg(eventId)}`));
  }

  private async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.send(method, path, body);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  private async send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const token = await this.getToken();
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
    let response: Response;
    try {
      response = await this.fetchImpl(this.baseUrl + path, init);
    } catch {
      throw new ApiProblem({ status: 0, title: "Offline", message: networkMessage });
    }
    if (!response.ok) throw await problemFromResponse(response);
    return response;
  }
}

function seg(value: string): string {
  return encodeURIComponent(value);
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

export function normaliseNotes(raw: unknown): Notes {
  const o = (raw ?? {}) as Record<string, unknown>;
  const items = Array.isArray(o.actionItems) ? (o.actionItems as Record<string, unknown>[]) : [];
  return {
    meetingNotes: text(o.meetingNotes),
    mentorAdvice: text(o.mentorAdvice),
    myActionPlan: text(o.myActionPlan),
    questionsForNextTime: text(o.questionsForNextTime),
    actionItems: items.map((i) => ({
      text: text(i.text),
      owner: i.owner === "mentor" ? "mentor" : "mentee",
      dueDate: typeof i.dueDate === "string" && i.dueDate ? i.dueDate.slice(0, 10) : null,
    })),
  };
}

/** The timeline's shape is the notes developers' to settle; read the fields that any shape will have. */
export function normaliseTimeline(raw: unknown): TimelineEntry[] {
  const list = Array.isArray(raw) ? raw : Array.isArray((raw as { entries?: unknown })?.entries) ? (raw as { entries: unknown[] }).entries : [];
  return list.map((e) => {
    const o = (e ?? {}) as Record<string, unknown>;
    return {
      at: text(o.at) || text(o.date) || text(o.when) || text(o.start),
      kind: text(o.kind) || text(o.type),
      text: text(o.text) || text(o.summary) || text(o.title) || text(o.description),
      sessionId: text(o.sessionId) || null,
    };
  });
}

export function normaliseSessionRef(raw: unknown): SessionRef {
  const o = (raw ?? {}) as Record<string, unknown>;
  const session = (o.session ?? {}) as Record<string, unknown>;
  const relationship = (o.relationship ?? {}) as Record<string, unknown>;
  const ref: SessionRef = {
    relationshipId: text(o.relationshipId) || text(relationship.id),
    sessionId: text(o.sessionId) || text(session.id) || text(o.id),
  };
  const number = o.number ?? session.number;
  if (typeof number === "number") ref.number = number;
  const start = text(o.start) || text(session.start);
  if (start) ref.start = start;
  return ref;
}
