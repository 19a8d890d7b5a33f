import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ApiProblem, messageOf } from "../src/api/problems";
import type { Relationship } from "../src/api/types";
import type { ViewContext } from "../src/ui/context";
import { roleIn, zoneFor } from "../src/ui/people";

const relationship = {
  id: "r1",
  mentee: { upn: "adele.vance@contoso.example", displayName: "Adele Vance" },
  mentor: { upn: "megan.bowen@contoso.example", displayName: "Megan Bowen" },
  timeZone: "Europe/London",
} as Relationship;

const as = (upn: string) => ({ me: { upn } }) as ViewContext;

describe("roleIn and zoneFor", () => {
  it("names the mentee, the mentor and anyone else (an admin) by the signed-in UPN, in any case", () => {
    assert.equal(roleIn(as("Adele.Vance@contoso.example"), relationship), "mentee");
    assert.equal(roleIn(as("megan.bowen@contoso.example"), relationship), "mentor");
    assert.equal(roleIn(as("diego.siciliani@contoso.example"), relationship), "admin");
  });

  it("shows the mentee the relationship's zone and everyone else their own", () => {
    assert.equal(zoneFor(as("adele.vance@contoso.example"), relationship), "Europe/London");
    assert.equal(zoneFor(as("megan.bowen@contoso.example"), relationship), undefined);
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
