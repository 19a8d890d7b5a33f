import { describe, expect, it, vi } from "vitest";
import { ApiClient } from "../src/api/client";
import { ApiProblem, fieldPath, parseRetryAfter, problemFromResponse } from "../src/api/problems";

const problem = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/problem+json", ...headers } });

describe("problemFromResponse", () => {
  it("keys each validation message by the field's camelCase path", async () => {
    const p = await problemFromResponse(problem(400, {
      title: "Some fields need attention",
      status: 400,
      errors: {
        "cadence.durationMinutes": ["A meeting lasts 15 to 240 minutes; 5 is outside that."],
        "Cadence.Frequency": ["'daily' is not a cadence; use weekly, biweekly, monthly or quarterly."],
        "$.goals[1]": "A goal has 1 to 500 characters.",
      },
    }));
    expect(p.status).toBe(400);
    expect(p.isValidation).toBe(true);
    expect(p.fieldMessage("cadence.durationMinutes")).toBe("A meeting lasts 15 to 240 minutes; 5 is outside that.");
    expect(p.fieldMessage("cadence.frequency")).toMatch(/not a cadence/);
    expect(p.fieldMessage("goals.1")).toBe("A goal has 1 to 500 characters.");
    expect(p.message).toBe("Some fields need attention: A meeting lasts 15 to 240 minutes; 5 is outside that. 'daily' is not a cadence; use weekly, biweekly, monthly or quarterly. A goal has 1 to 500 characters.");
  });

  it("uses the detail of a domain refusal, with its code", async () => {
    const p = await problemFromResponse(problem(422, {
      title: "A manager cannot be your mentor",
      detail: "Patti Fernandez is your manager's manager, so they have managerial authority over you and cannot also be your mentor.",
      code: "mentorIsManager",
    }));
    expect(p.message).toMatch(/^Patti Fernandez is your manager's manager/);
    expect(p.code).toBe("mentorIsManager");
    expect(p.title).toBe("A manager cannot be your mentor");
    expect(p.isValidation).toBe(false);
  });

  it("asks to sign in again on 401, whatever the body says", async () => {
    const p = await problemFromResponse(problem(401, { detail: "Sign in first: send an access token as 'Authorization: Bearer <token>'." }));
    expect(p.needsSignIn).toBe(true);
    expect(p.message).toBe("Your sign-in has expired or was refused. Sign in again, then retry.");
  });

  it("says Microsoft 365 is busy and for how long on 503 with Retry-After", async () => {
    const p = await problemFromResponse(problem(503, { title: "Microsoft 365 is busy", detail: "…" }, { "Retry-After": "7" }));
    expect(p.message).toBe("Microsoft 365 is busy, try again in 7 s.");
    expect(p.retryAfterSeconds).toBe(7);
  });

  it("explains a stale edit (412) and keeps the user's text in mind", async () => {
    const p = await problemFromResponse(new Response(null, { status: 412 }));
    expect(p.isStale).toBe(true);
    expect(p.message).toMatch(/newer version.*Your text is kept/);
  });

  it("copes with a body that is not JSON", async () => {
    const p = await problemFromResponse(new Response("<html>oops</html>", { status: 502, headers: { "Content-Type": "text/html" } }));
    expect(p.message).toBe("Something went wrong on our side. Nothing was saved; try again.");
  });
});

describe("helpers", () => {
  it("normalises field paths", () => {
    expect(fieldPath("$.cadence.durationMinutes")).toBe("cadence.durationMinutes");
    expect(fieldPath("MentorUpn")).toBe("mentorUpn");
    expect(fieldPath("goals[0]")).toBe("goals.0");
  });

  it("reads Retry-After as seconds or as a date", () => {
    expect(parseRetryAfter("12")).toBe(12);
    expect(parseRetryAfter("Wed, 21 Oct 2026 07:28:10 GMT", new Date("2026-10-21T07:28:00Z"))).toBe(10);
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe("ApiClient", () => {
  it("sends the bearer token and JSON, and throws ApiProblem on refusal", async () => {
    const fetchImpl = vi.fn(async (_url: string, _init?: RequestInit) => problem(422, { detail: "No.", code: "mentorIsSelf" }));
    const client = new ApiClient(async () => "token-123", fetchImpl);
    const error = await client.createRelationship({
      mentorUpn: "adele.vance@contoso.example", purpose: "x", goals: ["y"], cadence: { frequency: "weekly", durationMinutes: 45 },
      startDate: "2027-01-04", meetingCount: 8, evaluateAfterMeetings: 4,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).code).toBe("mentorIsSelf");
    const [url, init] = fetchImpl.mock.calls[0]!;
    expect(url).toBe("/api/relationships");
    expect(init?.method).toBe("POST");
    expect((init?.headers as Record<string, string>).Authorization).toBe("Bearer token-123");
    expect((init?.headers as Record<string, string>)["Content-Type"]).toBe("application/json");
  });

  it("turns a network failure into words", async () => {
    const client = new ApiClient(async () => "t", async () => { throw new TypeError("Failed to fetch"); });
    await expect(client.relationships()).rejects.toMatchObject({ status: 0, message: expect.stringMatching(/could not be reached/) });
  });

  it("reads notes with their ETag and saves them with If-Match; a 412 is stale", async () => {
    const notes = { meetingNotes: "a", mentorAdvice: "", myActionPlan: "", questionsForNextTime: "", actionItems: [{ text: "Draft a plan", owner: "mentee", dueDate: "2027-01-18" }] };
    const calls: RequestInit[] = [];
    const fetchImpl = async (_url: string, init?: RequestInit) => {
      calls.push(init!);
      if (init?.method === "GET") return new Response(JSON.stringify(notes), { status: 200, headers: { "Content-Type": "application/json", ETag: '"v1"' } });
      return new Response(JSON.stringify({ title: "Precondition failed" }), { status: 412, headers: { "Content-Type": "application/problem+json" } });
    };
    const client = new ApiClient(async () => "t", fetchImpl);
    const read = await client.notes("r1", "s1");
    expect(read.etag).toBe('"v1"');
    expect(read.notes.actionItems[0]).toEqual({ text: "Draft a plan", owner: "mentee", dueDate: "2027-01-18" });
    const error = await client.saveNotes("r1", "s1", read.notes, read.etag).catch((e: unknown) => e);
    expect((error as ApiProblem).isStale).toBe(true);
    expect((calls[1]!.headers as Record<string, string>)["If-Match"]).toBe('"v1"');
  });

  it("escapes path segments and the people search", async () => {
    const urls: string[] = [];
    const client = new ApiClient(async () => "t", async (url) => { urls.push(url); return new Response("[]", { status: 200, headers: { "Content-Type": "application/json" } }); });
    await client.searchPeople("O'Brien & co");
    await client.sessionByEvent("AAMk/abc+def=");
    expect(urls).toEqual(["/api/people?search=O'Brien%20%26%20co", "/api/sessions/by-event/AAMk%2Fabc%2Bdef%3D"]);
  });
});
