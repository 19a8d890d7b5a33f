import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ApiProblem, messageOf } from "../src/api/problems";
import type { Relationship } from "../src/api/types";
import type { ViewContext } from "../src/ui/context";
import { roleIn, timeFor, whoReads, zoneFor } from "../src/ui/people";
import { clashLines, clashReason } from "../src/ui/slots";

const relationship = {
  id: "r1",
  mentee: { upn: "adele.vance@contoso.example", displayName: "Adele Vance" },
  mentor: { upn: "megan.bowen@contoso.example", displayName: "Megan Bowen", timeZone: "America/New_York" },
  timeZone: "Europe/London",
  meetingCount: 2,
} as Relationship;

const as = (upn: string, adminsReadNotes = false) => ({ me: { upn, adminsReadNotes } }) as ViewContext;

describe("roleIn and zoneFor", () => {
  it("names the mentee, the mentor and anyone else (an admin) by the signed-in UPN, in any case", () => {
    assert.equal(roleIn(as("Adele.Vance@contoso.example"), relationship), "mentee");
    assert.equal(roleIn(as("megan.bowen@contoso.example"), relationship), "mentor");
    assert.equal(roleIn(as("diego.siciliani@contoso.example"), relationship), "admin");
  });

  it("shows each participant their own mailbox zone and an admin the relationship's, never the browser's", () => {
    assert.equal(zoneFor(as("adele.vance@contoso.example"), relationship), "Europe/London");
    assert.equal(zoneFor(as("megan.bowen@contoso.example"), relationship), "America/New_York");
    assert.equal(zoneFor(as("diego.siciliani@contoso.example"), relationship), "Europe/London");
  });

  it("names the zone when it is not the relationship's", () => {
    const start = "2027-01-04T14:00:00+00:00";
    assert.equal(timeFor(as("adele.vance@contoso.example"), relationship, start), "Mon 4 Jan 2027, 14:00");
    assert.equal(timeFor(as("megan.bowen@contoso.example"), relationship, start), "Mon 4 Jan 2027, 09:00 New York time");
  });

  it("always names the zone for an admin, whose own zone the record does not hold", () => {
    assert.equal(timeFor(as("diego.siciliani@contoso.example"), relationship, "2027-01-04T14:00:00+00:00"), "Mon 4 Jan 2027, 14:00 London time");
  });

  it("shows a mentee who gave the agreement another zone their own mailbox zone, named", () => {
    const elsewhere = { ...relationship, mentee: { ...relationship.mentee, timeZone: "Europe/Berlin" } } as Relationship;
    assert.equal(timeFor(as("adele.vance@contoso.example"), elsewhere, "2027-01-04T14:00:00+00:00"), "Mon 4 Jan 2027, 15:00 Berlin time");
  });
});

describe("clashReason", () => {
  it("tells busy, tentative and out of hours apart, and whose", () => {
    assert.equal(clashReason(relationship, { who: "mentor", reason: "busy" }), "Megan is busy");
    assert.equal(clashReason(relationship, { who: "mentor", reason: "tentative" }), "Megan is tentatively booked");
    assert.equal(clashReason(relationship, { who: "mentee", reason: "tentative" }), "you are tentatively booked");
    assert.equal(clashReason(relationship, { who: "mentee", reason: "outsideHours" }), "outside your working hours");
    assert.equal(clashReason(relationship, { who: "mentor", reason: "outsideHours" }), "outside Megan's working hours");
  });
});

describe("messageOf", () => {
  it("says what a problem says, and the fallback for anything without words", () => {
    const refused = new ApiProblem({ status: 422, title: "A manager cannot be your mentor", message: "Choose someone outside your management chain." });
    assert.equal(messageOf(refused, "Not saved."), "Choose someone outside your management chain.");
    assert.equal(messageOf(new Error(""), "Not saved."), "Not saved.");
    assert.equal(messageOf("a string", "Not saved."), "Not saved.");
  });
});

describe("clashLines", () => {
  it("names each clashing meeting with every reason, or all of them at once when they clash alike", () => {
    assert.deepEqual(clashLines(relationship, { clashes: [
      { date: "2027-03-22", who: "mentor", reason: "busy" },
      { date: "2027-03-22", who: "mentor", reason: "outsideHours" },
    ] }), ["22 Mar 2027: Megan is busy; outside Megan's working hours"]);
    assert.deepEqual(clashLines(relationship, { clashes: [
      { date: "2027-03-22", who: "mentor", reason: "tentative" },
      { date: "2027-03-29", who: "mentor", reason: "tentative" },
    ] }), ["All 2 meetings: Megan is tentatively booked"]);
  });
});

describe("whoReads", () => {
  it("tells each participant who reads their notes, by the tenant's privacy setting", () => {
    assert.equal(whoReads(as("adele.vance@contoso.example"), relationship),
      "Only you and Megan Bowen can read these notes: your organisation's program admins see that notes were filed, not what they say.");
    assert.equal(whoReads(as("megan.bowen@contoso.example"), relationship),
      "Only you and Adele Vance can read these notes: your organisation's program admins see that notes were filed, not what they say.");
    assert.equal(whoReads(as("adele.vance@contoso.example", true), relationship),
      "You, Megan Bowen and your organisation's program admins can read these notes; only the two of you can change them.");
  });
});
