import assert from "node:assert/strict";
import { describe, it } from "node:test";
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
