import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ApiProblem, messageOf } from "../src/api/problems";
import type { Relationship } from "../src/api/types";
import type { ViewContext } from "../src/ui/context";
import { roleIn, timeFor, zoneFor } from "../src/ui/people";

const relationship = {
  id: "r1",
  mentee: { upn: "adele.vance@contoso.example", displayName: "Adele Vance" },
  mentor: { upn: "megan.bowen@contoso.example", displayName: "Megan Bowen", timeZone: "America/New_York" },
  timeZone: "Europe/London",
} as Relationship;

const as = (upn: string) => ({ me: { upn } }) as ViewContext;

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
});

describe("messageOf", () => {
  it("says what a problem says, and the fallback for anything without words", () => {
    const refused = new ApiProblem({ status: 422, title: "A manager cannot be your mentor", message: "Choose someone outside your management chain." });
    assert.equal(messageOf(refused, "Not saved."), "Choose someone outside your management chain.");
    assert.equal(messageOf(new Error(""), "Not saved."), "Not saved.");
    assert.equal(messageOf("a string", "Not saved."), "Not saved.");
  });
});
