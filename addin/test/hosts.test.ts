import { OfficeMockObject } from "office-addin-mock";
import assert from "node:assert/strict";
import { describe, it, mock } from "node:test";
import { DialogAuth, dialogAccount, openSignInDialog, type DialogAnswer, type DialogRequest } from "../src/host/dialogAuth";
import { SignInError } from "../src/host/hostAdapter";
import { createOfficeHost, NestedAppAuth, readOfficeItem, signInFor, unsupportedClient, type BrokerFactory } from "../src/host/officeHost";
import { createSimulatedHost } from "../src/host/simulatedHost";

const config = { mode: "live" as const, clientId: "3f2c8a61-5b0e-4d7a-9c1e-8b2f4d6a0e13", apiScope: "api://3f2c8a61-5b0e-4d7a-9c1e-8b2f4d6a0e13/access_as_user" };

/** A seeded Office object as office-addin-mock builds it, with the enums the pane reads. */
function office(item: Record<string, unknown> | undefined, supported: (set: string, version?: string) => boolean = () => true,
  extra: { accountType?: string; ui?: Record<string, unknown>; auth?: Record<string, unknown> } = {}): typeof Office {
  const mock = new OfficeMockObject({
    ...(extra.auth ? { auth: extra.auth } : {}),
    context: {
      ...(extra.ui ? { ui: extra.ui } : {}),
      mailbox: {
        ...(item ? { item } : {}),
        userProfile: { emailAddress: "adele.vance@contoso.example", displayName: "Adele Vance", ...(extra.accountType ? { accountType: extra.accountType } : {}) },
        convertToRestId: (id: string, version: string) => `rest(${version}):${id.replace(/\//g, "-")}`,
      },
      requirements: { isSetSupported: supported },
      diagnostics: { platform: "OfficeOnline" },
    },
    MailboxEnums: { ItemType: { Appointment: "appointment", Message: "message" }, RestVersion: { v2_0: "v2.0" } },
    EventType: { ItemChanged: "olkItemSelectedChanged", DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
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

  it("signs in through an Office dialog where nested app authentication is missing", () => {
    const tokens = signInFor(config, office(undefined, (set) => set !== "NestedAppAuth"), "https://mentoring.contoso.example");
    assert.ok(tokens instanceof DialogAuth);
    assert.ok(signInFor(config, office(undefined), "https://mentoring.contoso.example") instanceof NestedAppAuth);
  });

  it("says plainly what the client lacks when it has neither nested app authentication nor dialogs", () => {
    const old = office(undefined, (set) => set !== "NestedAppAuth" && set !== "DialogApi");
    assert.throws(() => createOfficeHost(config, old), (error: Error) => error.message === unsupportedClient);
    assert.match(unsupportedClient, /NestedAppAuth 1\.1.*DialogApi 1\.1.*2409.*16\.89/s);
  });

  it("tells an Outlook.com or Gmail mailbox that a work account is needed", () => {
    assert.throws(() => createOfficeHost(config, office(undefined, () => true, { accountType: "outlookCom" })), /Microsoft 365 work accounts/);
    assert.throws(() => createOfficeHost(config, office(undefined, () => true, { accountType: "gmail" })), /Microsoft 365 work accounts/);
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

describe("DialogAuth", () => {
  const success = (accessToken: string, expiresOn: number): DialogAnswer => ({ status: "success", accessToken, expiresOn });
  const who = async () => ({ tenant: "contoso.example", loginHint: "adele.vance@contoso.example" });

  it("opens one dialog however many calls ask at once, and keeps the token until five minutes before it expires", async () => {
    let now = 0;
    const open = mock.fn(async (_request: DialogRequest) => success(`token-${open.mock.callCount()}`, 60 * 60_000));
    const auth = new DialogAuth(open, who, () => now);
    assert.deepEqual(await Promise.all([auth.getAccessToken(), auth.getAccessToken(), auth.getAccessToken()]), ["token-0", "token-0", "token-0"]);
    now = 54 * 60_000;
    assert.equal(await auth.getAccessToken(), "token-0");
    now = 56 * 60_000;
    assert.equal(await auth.getAccessToken(), "token-1");
    assert.equal(open.mock.callCount(), 2);
    assert.deepEqual(open.mock.calls[0]!.arguments, [{ tenant: "contoso.example", loginHint: "adele.vance@contoso.example" }]);
  });

  it("asks the dialog for a fresh token after a 401, and passes a claims challenge on", async () => {
    const open = mock.fn(async (_request: DialogRequest) => success("t", 60 * 60_000));
    const auth = new DialogAuth(open, who, () => 0);
    await auth.getAccessToken();
    await auth.getAccessToken({ forceRefresh: true });
    await auth.getAccessToken({ claims: '{"access_token":{}}' });
    assert.equal(open.mock.calls[1]!.arguments[0]!.fresh, true);
    assert.equal(open.mock.calls[2]!.arguments[0]!.claims, '{"access_token":{}}');
    assert.equal(open.mock.calls[2]!.arguments[0]!.fresh, true);
  });

  it("reports what Entra or the dialog said as a sign-in error, and tries again next time", async () => {
    let calls = 0;
    const auth = new DialogAuth(async () => (++calls === 1 ? { status: "failure", code: "access_denied", message: "AADSTS65001: consent required" } : success("t", 60 * 60_000)), who, () => 0);
    await assert.rejects(auth.getAccessToken(), (error: Error) => error instanceof SignInError && /AADSTS65001/.test(error.message));
    assert.equal(await auth.getAccessToken(), "t");
  });
});

describe("openSignInDialog", () => {
  const dialogOffice = (behave: (url: string, handlers: Record<string, (arg: unknown) => void>) => { status: string; value?: unknown; error?: { code: number; message: string } }) => {
    const handlers: Record<string, (arg: unknown) => void> = {};
    const closed = { count: 0 };
    const ui = {
      displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
        const outcome = behave(url, handlers);
        callback({ ...outcome, value: { addEventHandler: (type: string, handler: (arg: unknown) => void) => { handlers[type] = handler; }, close: () => { closed.count += 1; } } });
      },
    };
    return { office: office(undefined, () => true, { ui }), handlers, closed };
  };

  it("opens signin.html with the request and answers with the dialog's message, closing it", async () => {
    let opened = "";
    const { office: host, handlers, closed } = dialogOffice((url) => { opened = url; return { status: "succeeded" }; });
    const answer = openSignInDialog(host, "https://mentoring.contoso.example", { tenant: "contoso.example", loginHint: "adele.vance@contoso.example" });
    handlers["dialogMessageReceived"]!({ message: JSON.stringify({ status: "success", accessToken: "t", expiresOn: 1 }), origin: "https://mentoring.contoso.example" });
    assert.deepEqual(await answer, { status: "success", accessToken: "t", expiresOn: 1 });
    assert.equal(opened, "https://mentoring.contoso.example/addin/signin.html?tenant=contoso.example&loginHint=adele.vance%40contoso.example");
    assert.equal(closed.count, 1);
  });

  it("says in words why the window did not open or did not finish", async () => {
    const blocked = dialogOffice(() => ({ status: "failed", error: { code: 12011, message: "blocked" } }));
    await assert.rejects(openSignInDialog(blocked.office, "https://m", { tenant: "t" }), /Allow pop-ups/);
    const closedByUser = dialogOffice(() => ({ status: "succeeded" }));
    const answer = openSignInDialog(closedByUser.office, "https://m", { tenant: "t" });
    closedByUser.handlers["dialogEventReceived"]!({ error: 12006 });
    await assert.rejects(answer, (error: Error) => error instanceof SignInError && /closed before you finished/.test(error.message));
  });
});

describe("dialogAccount", () => {
  it("takes the tenant from Office's auth context when the client has it", async () => {
    const withContext = office(undefined, () => true, { auth: { getAuthContext: async () => ({ tenantId: "6f1c2a9e-4b7d-4e51-9a3c-0d2e8b7f5a10", userPrincipalName: "adele@contoso.example" }) } });
    assert.deepEqual(await dialogAccount(withContext), { tenant: "6f1c2a9e-4b7d-4e51-9a3c-0d2e8b7f5a10", loginHint: "adele@contoso.example" });
  });

  it("otherwise names the tenant by the mailbox's domain, a verified domain of its tenant", async () => {
    assert.deepEqual(await dialogAccount(office(undefined)), { tenant: "contoso.example", loginHint: "adele.vance@contoso.example" });
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
