import { OfficeMockObject } from "office-addin-mock";
import assert from "node:assert/strict";
import { describe, it, mock } from "node:test";
import { createOfficeHost, NestedAppAuth, readOfficeItem, type BrokerFactory } from "../src/host/officeHost";
import { createSimulatedHost } from "../src/host/simulatedHost";

const config = { mode: "live" as const, clientId: "3f2c8a61-5b0e-4d7a-9c1e-8b2f4d6a0e13", apiScope: "api://3f2c8a61-5b0e-4d7a-9c1e-8b2f4d6a0e13/access_as_user" };

/** A seeded Office object as office-addin-mock builds it, with the enums the pane reads. */
function office(item: Record<string, unknown> | undefined, supported: (set: string, version?: string) => boolean = () => true): typeof Office {
  const mock = new OfficeMockObject({
    context: {
      mailbox: {
        ...(item ? { item } : {}),
        userProfile: { emailAddress: "adele.vance@contoso.example", displayName: "Adele Vance" },
        convertToRestId: (id: string, version: string) => `rest(${version}):${id.replace(/\//g, "-")}`,
      },
      requirements: { isSetSupported: supported },
      diagnostics: { platform: "OfficeOnline" },
    },
    MailboxEnums: { ItemType: { Appointment: "appointment", Message: "message" }, RestVersion: { v2_0: "v2.0" } },
    EventType: { ItemChanged: "olkItemSelectedChanged" },
  }, "outlook" as never); // Outlook's objects need no load()/sync()
  return mock as unknown as typeof Office;
}

describe("readOfficeItem", () => {
  it("reads an appointment in read mode and converts its id to a REST id", async () => {
    const item = await readOfficeItem(office({
      itemType: "appointment", itemId: "AAMk/ews", subject: "Mentoring: Adele Vance and Megan Bowen", start: new Date("2027-01-04T14:00:00Z"),
    }));
    assert.deepEqual(item, { kind: "appointment", restId: "rest(v2.0):AAMk-ews", subject: "Mentoring: Adele Vance and Megan Bowen", start: "2027-01-04T14:00:00.000Z" });
  });

  it("reads a meeting being organised through getAsync, with the saved id from getItemIdAsync", async () => {
    const async = <T>(value: T) => ({ getAsync: (cb: (r: { status: string; value: T }) => void) => cb({ status: "succeeded", value }) });
    const item = await readOfficeItem(office({
      itemType: "appointment",
      subject: async("Mentoring"),
      start: async(new Date("2027-01-11T14:00:00Z")),
      getItemIdAsync: (cb: (r: { status: string; value: string }) => void) => cb({ status: "succeeded", value: "AAMk/saved" }),
    }));
    assert.deepEqual(item, { kind: "appointment", restId: "rest(v2.0):AAMk-saved", subject: "Mentoring", start: "2027-01-11T14:00:00.000Z" });
  });

  it("knows a message and no item", async () => {
    assert.equal((await readOfficeItem(office({ itemType: "message", itemId: "m1", subject: "Hello" }))).kind, "message");
    assert.deepEqual(await readOfficeItem(office(undefined)), { kind: "none" });
  });
});

describe("createOfficeHost", () => {
  it("names the signed-in user from the mailbox profile", () => {
    const host = createOfficeHost(config, office(undefined), new NestedAppAuth(config.clientId, config.apiScope, mock.fn<BrokerFactory>()));
    assert.deepEqual(host.user, { upn: "adele.vance@contoso.example", displayName: "Adele Vance" });
    assert.equal(host.name, "outlook");
  });

  it("says why sign-in cannot work where nested app authentication is missing", () => {
    assert.throws(() => createOfficeHost(config, office(undefined, (set) => set !== "NestedAppAuth")), /nested app authentication is not available/);
  });

  it("needs the client id from the API's configuration", () => {
    assert.throws(() => createOfficeHost({ mode: "live", clientId: null, apiScope: null }, office(undefined)), /AzureAd:ClientId/);
  });
});

describe("NestedAppAuth", () => {
  const interaction = new Error("interaction_required");
  const factory = (silent: (request: { scopes: string[] }) => Promise<{ accessToken: string }>) => {
    const popup = mock.fn(async (_request: { scopes: string[] }) => ({ accessToken: "from-popup" }));
    const broker = { acquireTokenSilent: mock.fn(silent), acquireTokenPopup: popup };
    const make = mock.fn<BrokerFactory>(async () => ({ broker }));
    return { broker, make };
  };

  it("asks silently for the API's scope", async () => {
    const { broker, make } = factory(async () => ({ accessToken: "silent" }));
    const auth = new NestedAppAuth(config.clientId, config.apiScope, make);
    assert.equal(await auth.getAccessToken(), "silent");
    assert.deepEqual(broker.acquireTokenSilent.mock.calls[0]!.arguments, [{ scopes: [config.apiScope] }]);
    assert.deepEqual(make.mock.calls[0]!.arguments, [config.clientId]);
    assert.equal(broker.acquireTokenPopup.mock.callCount(), 0);
  });

  it("falls back to a popup when Entra needs the user", async () => {
    const { broker, make } = factory(async () => { throw interaction; });
    assert.equal(await new NestedAppAuth(config.clientId, config.apiScope, make).getAccessToken(), "from-popup");
    assert.deepEqual(broker.acquireTokenPopup.mock.calls[0]!.arguments, [{ scopes: [config.apiScope] }]);
  });

  it("skips MSAL's cache when asked to refresh after a 401", async () => {
    const { broker, make } = factory(async () => ({ accessToken: "silent" }));
    await new NestedAppAuth(config.clientId, config.apiScope, make).getAccessToken({ forceRefresh: true });
    assert.deepEqual(broker.acquireTokenSilent.mock.calls[0]!.arguments, [{ scopes: [config.apiScope], forceRefresh: true }]);
  });

  it("falls back to the popup on any silent failure (msal-browser reports bridge failures as other types)", async () => {
    const { broker, make } = factory(async () => { throw new Error("BrowserAuthError: nested_app_auth_bridge_disabled"); });
    assert.equal(await new NestedAppAuth(config.clientId, config.apiScope, make).getAccessToken(), "from-popup");
    assert.equal(broker.acquireTokenPopup.mock.callCount(), 1);
  });

  it("names the account Office says is signed in", async () => {
    const { broker, make } = factory(async () => ({ accessToken: "silent" }));
    const auth = new NestedAppAuth(config.clientId, config.apiScope, make, async () => "adele.vance@contoso.example");
    await auth.getAccessToken();
    assert.deepEqual(broker.acquireTokenSilent.mock.calls[0]!.arguments, [{ scopes: [config.apiScope], loginHint: "adele.vance@contoso.example" }]);
  });

  it("signs in again with the claims of a claims challenge", async () => {
    const claims = '{"access_token":{"capolids":{"essential":true,"values":["c1"]}}}';
    const { broker, make } = factory(async () => { throw interaction; });
    await new NestedAppAuth(config.clientId, config.apiScope, make).getAccessToken({ forceRefresh: true, claims });
    assert.deepEqual(broker.acquireTokenSilent.mock.calls[0]!.arguments, [{ scopes: [config.apiScope], claims, forceRefresh: true }]);
    assert.deepEqual(broker.acquireTokenPopup.mock.calls[0]!.arguments, [{ scopes: [config.apiScope], claims }]);
  });
});

describe("createSimulatedHost", () => {
  it("signs the demo user in once per token lifetime and opens on the chosen meeting", async () => {
    const calls: string[] = [];
    const fetchImpl = async (url: string, init?: RequestInit) => {
      calls.push(`${init?.method ?? "GET"} ${url}`);
      if (url === "/dev/token") return Response.json({ accessToken: "dev-token", expiresIn: 3600 });
      if (url.includes("/events/")) return Response.json({ subject: "Stand-up", start: { dateTime: "2027-01-04T09:30:00.0000000", timeZone: "UTC" } });
      return Response.json({ displayName: "Megan Bowen" });
    };
    const host = await createSimulatedHost(new URLSearchParams("user=megan.bowen@contoso.example&item=evt-1"), fetchImpl, () => 0);
    assert.deepEqual(host.user, { upn: "megan.bowen@contoso.example", displayName: "Megan Bowen" });
    assert.equal(await host.getAccessToken(), "dev-token");
    assert.equal(await host.getAccessToken(), "dev-token");
    assert.equal(calls.filter((c) => c === "POST /dev/token").length, 1);
    assert.deepEqual(await host.currentItem(), { kind: "appointment", restId: "evt-1", subject: "Stand-up", start: "2027-01-04T09:30:00.000Z" });
  });

  it("signs in anew when a refresh is forced (the dev clock moved past the token's hour)", async () => {
    let issued = 0;
    const fetchImpl = async (url: string) => {
      if (url === "/dev/token") { issued += 1; return Response.json({ accessToken: `dev-token-${issued}`, expiresIn: 3600 }); }
      return Response.json({ displayName: "Adele Vance" });
    };
    const host = await createSimulatedHost(new URLSearchParams(""), fetchImpl, () => 0);
    assert.equal(await host.getAccessToken(), "dev-token-1");
    assert.equal(await host.getAccessToken(), "dev-token-1");
    assert.equal(await host.getAccessToken({ forceRefresh: true }), "dev-token-2");
    assert.equal(await host.getAccessToken(), "dev-token-2");
    assert.equal(issued, 2);
  });

  it("opens on nothing when no item is chosen", async () => {
    const host = await createSimulatedHost(new URLSearchParams(""), async () => Response.json({}), () => 0);
    assert.equal(host.user.upn, "adele.vance@contoso.example");
    assert.deepEqual(await host.currentItem(), { kind: "none" });
  });
});
