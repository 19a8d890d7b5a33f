import assert from "node:assert/strict";
import { describe, it, mock } from "node:test";
import { ApiClient } from "../src/api/client";
import { ApiProblem, fieldPath, parseRetryAfter, problemFromResponse } from "../src/api/problems";

const problem = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/problem+json", ...headers } });

const json = (body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json", ...headers } });

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
    assert.equal(p.status, 400);
    assert.equal(p.isValidation, true);
    assert.equal(p.fieldMessage("cadence.durationMinutes"), "A meeting lasts 15 to 240 minutes; 5 is outside that.");
    assert.match(p.fieldMessage("cadence.frequency") ?? "", /not a cadence/);
    assert.equal(p.fieldMessage("goals.1"), "A goal has 1 to 500 characters.");
    assert.equal(p.message, "Some fields need attention: A meeting lasts 15 to 240 minutes; 5 is outside that. 'daily' is not a cadence; use weekly, biweekly, monthly or quarterly. A goal has 1 to 500 characters.");
  });

  it("uses the detail of a domain refusal, with its code", async () => {
    const p = await problemFromResponse(problem(422, {
      title: "A manager cannot be your mentor",
      detail: "Patti Fernandez is your manager's manager, so they have managerial authority over you and cannot also be your mentor.",
      code: "mentorIsManager",
    }));
    assert.match(p.message, /^Patti Fernandez is your manager's manager/);
    assert.equal(p.code, "mentorIsManager");
    assert.equal(p.title, "A manager cannot be your mentor");
    assert.equal(p.isValidation, false);
  });

  it("asks to sign in again on 401, whatever the body says", async () => {
    const p = await problemFromResponse(problem(401, { detail: "Sign in first: send an access token as 'Authorization: Bearer <token>'." }));
    assert.equal(p.needsSignIn, true);
    assert.equal(p.message, "Your sign-in has expired or was refused. Sign in again, then retry.");
  });

  it("says Microsoft 365 is busy and for how long on 503 with Retry-After", async () => {
    const p = await problemFromResponse(problem(503, { title: "Microsoft 365 is busy", detail: "…" }, { "Retry-After": "7" }));
    assert.equal(p.message, "Microsoft 365 is busy, try again in 7 s.");
    assert.equal(p.retryAfterSeconds, 7);
  });

  it("explains a stale edit (412) and says the user's text is kept", async () => {
    const p = await problemFromResponse(new Response(null, { status: 412 }));
    assert.equal(p.isStale, true);
    assert.match(p.message, /newer version.*Your text is kept/);
  });

  it("copes with a body that is not JSON", async () => {
    const p = await problemFromResponse(new Response("<html>oops</html>", { status: 502, headers: { "Content-Type": "text/html" } }));
    assert.equal(p.message, "Something went wrong on our side. Nothing was saved; try again.");
  });
});

describe("problem helpers", () => {
  it("normalises field paths", () => {
    assert.equal(fieldPath("$.cadence.durationMinutes"), "cadence.durationMinutes");
    assert.equal(fieldPath("MentorUpn"), "mentorUpn");
    assert.equal(fieldPath("goals[0]"), "goals.0");
  });

  it("reads Retry-After as seconds or as a date", () => {
    assert.equal(parseRetryAfter("12"), 12);
    assert.equal(parseRetryAfter("Wed, 21 Oct 2026 07:28:10 GMT", new Date("2026-10-21T07:28:00Z")), 10);
    assert.equal(parseRetryAfter(null), undefined);
  });
});

describe("ApiClient", () => {
  it("sends the bearer token and JSON, and throws ApiProblem on refusal", async () => {
    const fetchImpl = mock.fn(async (_url: string, _init?: RequestInit) => problem(422, { detail: "No.", code: "mentorIsSelf" }));
    const client = new ApiClient(async () => "token-123", fetchImpl);
    const error = await client.createRelationship({
      mentorUpn: "adele.vance@contoso.example", purpose: "x", goals: ["y"], cadence: { frequency: "weekly", durationMinutes: 45 },
      startDate: "2027-01-04", meetingCount: 8, evaluateAfterMeetings: 4,
    }).catch((e: unknown) => e);
    assert.ok(error instanceof ApiProblem);
    assert.equal(error.code, "mentorIsSelf");
    assert.equal(error.message, "No.");
    const [url, init] = fetchImpl.mock.calls[0]!.arguments;
    assert.equal(url, "/api/relationships");
    assert.equal(init?.method, "POST");
    const headers = init?.headers as Record<string, string>;
    assert.equal(headers.Authorization, "Bearer token-123");
    assert.equal(headers["Content-Type"], "application/json");
  });

  it("turns a network failure into words", async () => {
    const client = new ApiClient(async () => "t", async () => { throw new TypeError("Failed to fetch"); });
    await assert.rejects(client.relationships(), (e: unknown) => e instanceof ApiProblem && e.status === 0 && /could not be reached/.test(e.message));
  });

  const savedNotes = {
    sessionId: "s1", version: 1,
    meetingNotes: "We mapped my **strengths**.", meetingNotesHtml: "<p>We mapped my <strong>strengths</strong>.</p>\n",
    mentorAdvice: "", mentorAdviceHtml: "", myActionPlan: "", myActionPlanHtml: "", questionsForNextTime: "", questionsForNextTimeHtml: "",
    actionItems: [{ id: "a1", text: "Draft a plan", owner: "mentee", dueDate: "2027-01-18", status: "open", sessionId: "s1", createdAt: "2027-01-04T15:00:00+00:00", completedAt: null }],
    updatedAt: "2027-01-04T15:00:00+00:00", updatedBy: { upn: "megan.bowen@contoso.example", displayName: "Megan Bowen" },
  };
  const request = { meetingNotes: "Mine", mentorAdvice: "", myActionPlan: "", questionsForNextTime: "", actionItems: [{ id: "a1", text: "Draft a plan", owner: "mentee" as const, dueDate: "2027-01-18" }] };

  it("reads notes as the API sends them, with the ETag header", async () => {
    const client = new ApiClient(async () => "t", async () => json(savedNotes, { ETag: '"1-ab12"' }));
    const read = await client.notes("r1", "s1");
    assert.equal(read.etag, '"1-ab12"');
    assert.equal(read.notes.version, 1);
    assert.equal(read.notes.meetingNotes, "We mapped my **strengths**.");
    assert.equal(read.notes.actionItems[0]!.id, "a1");
    assert.equal(read.notes.updatedBy?.displayName, "Megan Bowen");
  });

  it("saves notes with If-Match and returns the new ETag", async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const client = new ApiClient(async () => "t", async (url, init) => { calls.push({ url, init: init! }); return json({ ...savedNotes, version: 2 }, { ETag: '"2-cd34"' }); });
    const saved = await client.saveNotes("r1", "s1", request, '"1-ab12"');
    assert.equal(saved.etag, '"2-cd34"');
    assert.equal(saved.notes.version, 2);
    assert.equal(calls[0]!.url, "/api/relationships/r1/sessions/s1/notes");
    assert.equal(calls[0]!.init.method, "PUT");
    assert.equal((calls[0]!.init.headers as Record<string, string>)["If-Match"], '"1-ab12"');
    assert.deepEqual(JSON.parse(String(calls[0]!.init.body)), request);
  });

  it("sends no If-Match on a first save without an ETag", async () => {
    const calls: RequestInit[] = [];
    const client = new ApiClient(async () => "t", async (_url, init) => { calls.push(init!); return json(savedNotes, { ETag: '"1-ab12"' }); });
    await client.saveNotes("r1", "s1", request, null);
    assert.equal((calls[0]!.headers as Record<string, string>)["If-Match"], undefined);
  });

  it("turns a 412 notesChanged into a stale problem with the current ETag and words to show", async () => {
    const client = new ApiClient(async () => "t", async () => problem(412, {
      title: "The notes changed since you read them", status: 412, detail: "Someone saved these notes after you loaded them…",
      code: "notesChanged", currentETag: '"2-cd34"', currentVersion: 2,
    }, { ETag: '"2-cd34"' }));
    const error = await client.saveNotes("r1", "s1", request, '"1-ab12"').catch((e: unknown) => e);
    assert.ok(error instanceof ApiProblem);
    assert.equal(error.isStale, true);
    assert.equal(error.code, "notesChanged");
    assert.equal(error.currentETag, '"2-cd34"');
    assert.match(error.message, /Someone saved a newer version.*Your text is kept/);
  });

  it("takes the current ETag of a 412 from the header when the body has none", async () => {
    const p = await problemFromResponse(new Response(null, { status: 412, headers: { ETag: '"3"' } }));
    assert.equal(p.currentETag, '"3"');
  });

  it("explains a 428 ifMatchRequired in words", async () => {
    const client = new ApiClient(async () => "t", async () => problem(428, { title: "Send If-Match to change existing notes", status: 428, detail: "These notes have already been saved (version 1)…", code: "ifMatchRequired" }));
    const error = await client.saveNotes("r1", "s1", request, null).catch((e: unknown) => e);
    assert.ok(error instanceof ApiProblem);
    assert.equal(error.needsCurrentVersion, true);
    assert.equal(error.isStale, false);
    assert.equal(error.code, "ifMatchRequired");
    assert.match(error.message, /saved by someone else.*Your text is kept/);
  });

  it("asks for a fresh token once after a 401 and retries the call with it", async () => {
    const asked: (boolean | undefined)[] = [];
    const tokens = async (options?: { forceRefresh?: boolean }) => { asked.push(options?.forceRefresh); return options?.forceRefresh ? "fresh" : "stale"; };
    const sent: string[] = [];
    const client = new ApiClient(tokens, async (_url, init) => {
      const auth = (init!.headers as Record<string, string>).Authorization!;
      sent.push(auth);
      return auth === "Bearer fresh" ? json({ id: "me" }) : problem(401, { title: "Unauthorized" });
    });
    assert.deepEqual(await client.me(), { id: "me" });
    assert.deepEqual(asked, [undefined, true]);
    assert.deepEqual(sent, ["Bearer stale", "Bearer fresh"]);
  });

  it("passes the API's claims challenge to the host when it asks for the fresh token", async () => {
    const claims = '{"access_token":{"capolids":{"essential":true,"values":["c1"]}}}';
    const asked: (string | undefined)[] = [];
    const tokens = async (options?: { forceRefresh?: boolean; claims?: string }) => { asked.push(options?.claims); return options?.claims ? "stepped-up" : "plain"; };
    const client = new ApiClient(tokens, async (_url, init) =>
      (init!.headers as Record<string, string>).Authorization === "Bearer stepped-up"
        ? json({ id: "me" })
        : problem(401, { title: "Sign in again", code: "claimsChallenge" }, { "WWW-Authenticate": `Bearer error="insufficient_claims", claims="${btoa(claims)}"` }));
    assert.deepEqual(await client.me(), { id: "me" });
    assert.deepEqual(asked, [undefined, claims]);
  });

  it("gives up after one retry when the fresh token is refused too", async () => {
    let calls = 0;
    const client = new ApiClient(async () => "t", async () => { calls += 1; return problem(401, { title: "Unauthorized" }); });
    const error = await client.me().catch((e: unknown) => e);
    assert.ok(error instanceof ApiProblem && error.needsSignIn);
    assert.equal(calls, 2);
  });

  it("reads the timeline as the agreement and its sessions", async () => {
    const client = new ApiClient(async () => "t", async () => json({ agreement: { id: "r1" }, sessions: [{ id: "s1", number: 1, notes: savedNotes }] }));
    const timeline = await client.timeline("r1");
    assert.equal(timeline.agreement.id, "r1");
    assert.equal(timeline.sessions[0]!.notes.version, 1);
  });

  it("escapes path segments and the people search", async () => {
    const urls: string[] = [];
    const client = new ApiClient(async () => "t", async (url) => { urls.push(url); return json([]); });
    await client.searchPeople("O'Brien & co");
    await client.sessionByEvent("AAMk/abc+def=").catch(() => undefined);
    assert.deepEqual(urls, ["/api/people?search=O'Brien%20%26%20co", "/api/sessions/by-event/AAMk%2Fabc%2Bdef%3D"]);
  });

  it("reads the session an event belongs to", async () => {
    const session = { id: "s1", number: 3, start: "2027-01-18T14:00:00+00:00", end: "2027-01-18T14:45:00+00:00", status: "scheduled",
      agenda: { status: "pending", sentAt: null }, notesFiled: false, seriesVersion: 1, items: [] };
    const client = new ApiClient(async () => "t", async () => json({ relationshipId: "r1", session }));
    assert.deepEqual(await client.sessionByEvent("e"), { relationshipId: "r1", session });
  });
});
