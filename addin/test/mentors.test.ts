import assert from "node:assert/strict";
import { describe, it, mock } from "node:test";
import { ApiClient } from "../src/api/client";
import { parseExpertise } from "../src/ui/views/mentorProfile";
import { roomLabels } from "../src/ui/views/newRelationship";

describe("mentor profile", () => {
  it("reads expertise as comma-separated tags, trimmed, without empty ones or repeats in any case", () => {
    assert.deepEqual(parseExpertise(" roadmaps, discovery,, Roadmaps ,public speaking "), ["roadmaps", "discovery", "public speaking"]);
    assert.deepEqual(parseExpertise(" , "), []);
  });

  it("says in words whether a mentor has room", () => {
    assert.equal(roomLabels.open, "has room for a mentee");
    assert.equal(roomLabels.full, "has no room just now");
    assert.equal(roomLabels.closed, "not mentoring now");
  });
});

describe("mentor suggestions", () => {
  it("asks for the count and each goal as its own goals parameter, escaped", async () => {
    const fetchImpl = mock.fn(async (_url: string, _init?: RequestInit) =>
      new Response(JSON.stringify([{ upn: "nestor.wilke@contoso.example", displayName: "Nestor Wilke", jobTitle: null, department: "Product", score: 7.5, reasons: ["Knows roadmaps"] }]),
        { status: 200, headers: { "Content-Type": "application/json" } }));
    const client = new ApiClient(async () => "t", fetchImpl);
    const found = await client.mentorSuggestions(["Roadmaps & discovery", "Network"], 3);
    assert.equal(fetchImpl.mock.calls[0]!.arguments[0], "/api/mentors/suggestions?count=3&goals=Roadmaps%20%26%20discovery&goals=Network");
    assert.deepEqual(found[0]!.reasons, ["Knows roadmaps"]);
  });
});
