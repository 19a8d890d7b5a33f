import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Relationship, RelationshipStatus } from "../src/api/types";
import { isPast, statusFor, statusLabels } from "../src/ui/format";
import { evaluationOpen } from "../src/ui/views/evaluation";

const all: RelationshipStatus[] = ["proposed", "agreed", "invited", "active", "declined", "withdrawn", "ended"];

const relationship = (status: RelationshipStatus) => ({
  id: "r1",
  status,
  mentee: { upn: "adele.vance@contoso.example", displayName: "Adele Vance" },
  mentor: { upn: "megan.bowen@contoso.example", displayName: "Megan Bowen" },
}) as Relationship;

describe("statusFor", () => {
  it("never tells the mentor they are waiting for the mentor, nor the mentee they are waiting for themselves", () => {
    for (const status of all) {
      assert.doesNotMatch(statusFor(relationship(status), "mentor"), /waiting for (the mentor|Megan)/, status);
      assert.doesNotMatch(statusFor(relationship(status), "mentee"), /waiting for (the mentee|Adele)/, status);
    }
  });

  it("words each state for its reader", () => {
    assert.equal(statusFor(relationship("proposed"), "mentee"), "Asked: waiting for Megan Bowen's answer");
    assert.equal(statusFor(relationship("proposed"), "mentor"), "Adele Vance is waiting for your answer");
    assert.equal(statusFor(relationship("agreed"), "mentee"), "Megan Bowen said yes: choose a time");
    assert.equal(statusFor(relationship("agreed"), "mentor"), "You said yes: waiting for Adele Vance to book");
    assert.equal(statusFor(relationship("invited"), "mentor"), "Invited: answer the series in Outlook");
    assert.equal(statusFor(relationship("withdrawn"), "mentor"), "Withdrawn by Adele Vance");
    assert.equal(statusFor(relationship("declined"), "admin"), statusLabels.declined);
  });

  it("puts declined, withdrawn and ended relationships in the past", () => {
    assert.deepEqual(all.filter((s) => isPast(relationship(s))), ["declined", "withdrawn", "ended"]);
  });
});

describe("evaluationOpen", () => {
  const at = (status: RelationshipStatus, evaluation: Relationship["evaluation"]["status"]) =>
    ({ ...relationship(status), evaluation: { status: evaluation, afterMeeting: 4 } }) as Relationship;

  it("asks for the evaluation only while it is due or overdue in a booked relationship", () => {
    assert.equal(evaluationOpen(at("active", "due")), true);
    assert.equal(evaluationOpen(at("invited", "overdue")), true);
    assert.equal(evaluationOpen(at("active", "scheduled")), false);
    assert.equal(evaluationOpen(at("active", "done")), false);
    assert.equal(evaluationOpen(at("ended", "due")), false);
    assert.equal(evaluationOpen(at("agreed", "due")), false);
  });
});
