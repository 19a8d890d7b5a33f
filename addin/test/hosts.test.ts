import { OfficeMockObject } from "office-addin-mock";
import { describe, expect, it, vi } from "vitest";
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
    expect(item).toEqual({ kind: "appointment", restId: "rest(v2.0):AAMk-ews", subject: "Mentoring: Adele Vance and Megan Bowen", start: "2027-01-04T14:00:00.000Z" });
  });

  it("reads a meeting being organised through getAsync, with the saved id from getItemIdAsync", async () => {
    const async = <T>(value: T) => ({ getAsync: (cb: (r: { status: string; value: T }) => void) => cb({ status: "succeeded", value }) });
    const item = await readOfficeItem(office({
      itemType: "appointment",
      subject: async("Mentoring"),
      start: async(new Date("2027-01-11T14:00:00Z")),
      getItemIdAsync: (cb: (r: { status: string; value: string }) => void) => cb({ status: "succeeded", value: "AAMk/saved" }),
    }));
    expect(item).toEqual({ kind: "appointment", restId: "rest(v2.0):AAMk-saved", subject: "Mentoring", start: "2027-01-11T14:00:00.000Z" });
  });

  it("knows a message and no item", async () => {
    expect((await readOfficeItem(office({ itemType: "message", itemId: "m1", subject: "Hello" }))).kind).toBe("message");
    expect(await readOfficeItem(office(undefined))).toEqual({ kind: "none" });
  });
});

describe("createOfficeHost", () => {
  it("names the signed-in user from the mailbox profile", () => {
    const host = createOfficeHost(config, office(undefined), new NestedAppAuth(config.clientId, config.apiScope, vi.fn()));
    expect(host.user).toEqual({ upn: "adele.vance@contoso.example", displayName: "Adele Vance" });
    expect(host.name).toBe("outlook");
  });

  it("says why sign-in cannot work where nested app authentication is missing", () => {
    expect(() => createOfficeHost(config, office(undefined, (set) => set !== "NestedAppAuth"))).toThrow(/nested app authentication is not available/);
  });

  it("needs the client id from the API's configuration", () => {
    expect(() => createOfficeHost({ mode: "live", clientId: null, apiScope: null }, office(undefined))).toThrow(/Entra:ClientId/);
  });
});

describe("NestedAppAuth", () => {
  const interaction = new Error("interaction_required");
  const factory = (silent: () => Promise<{ accessToken: string }>, popup = vi.fn(async () => ({ accessToken: "from-popup" }))) => {
    const broker = { acquireTokenSilent: vi.fn(silent), acquireTokenPopup: popup };
    const make: BrokerFactory = vi.fn(async () => ({ broker, isInteractionRequired: (e: unknown) => e === interaction }));
    return { broker, make };
  };

  it("asks silently for the API's scope", async () => {
    const { broker, make } = factory(async () => ({ accessToken: "silent" }));
    const auth = new NestedAppAuth(config.clientId, config.apiScope, make);
    expect(await auth.getAccessToken()).toBe("silent");
    expect(broker.acquireTokenSilent).toHaveBeenCalledWith({ scopes: [config.apiScope] });
    expect(make).toHaveBeenCalledWith(config.clientId);
    expect(broker.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("falls back to a popup when Entra needs the user", async () => {
    const { broker, make } = factory(async () => { throw interaction; });
    expect(await new NestedAppAuth(config.clientId, config.apiScope, make).getAccessToken()).toBe("from-popup");
    expect(broker.acquireTokenPopup).toHaveBeenCalledWith({ scopes: [config.apiScope] });
  });

  it("does not hide other failures behind a popup", async () => {
    const { broker, make } = factory(async () => { throw new Error("network"); });
    await expect(new NestedAppAuth(config.clientId, config.apiScope, make).getAccessToken()).rejects.toThrow("network");
    expect(broker.acquireTokenPopup).not.toHaveBeenCalled();
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
    expect(host.user).toEqual({ upn: "megan.bowen@contoso.example", displayName: "Megan Bowen" });
    expect(await host.getAccessToken()).toBe("dev-token");
    expect(await host.getAccessToken()).toBe("dev-token");
    expect(calls.filter((c) => c === "POST /dev/token")).toHaveLength(1);
    expect(await host.currentItem()).toEqual({ kind: "appointment", restId: "evt-1", subject: "Stand-up", start: "2027-01-04T09:30:00.000Z" });
  });

  it("opens on nothing when no item is chosen", async () => {
    const host = await createSimulatedHost(new URLSearchParams(""), async () => Response.json({}), () => 0);
    expect(host.user.upn).toBe("adele.vance@contoso.example");
    expect(await host.currentItem()).toEqual({ kind: "none" });
  });
});
