import type { TokenRequestOptions } from "../api/client";
// The local preview (Simulated mode): a demo user signs in through POST /dev/token and the item comes
// from the Graph simulator's calendar. Chosen by the preview page through the pane's URL.
import type { FetchLike } from "../api/client";
import type { CurrentItem, HostAdapter, HostUser } from "./hostAdapter";
import { noItem } from "./hostAdapter";

export const defaultDemoUser = "adele.vance@contoso.example";

interface DevToken { accessToken: string; expiresIn: number }
interface SimulatedEvent { subject?: string; start?: { dateTime: string; timeZone: string } }

/** `?user=megan.bowen@contoso.example&item=<event id>` picks who is signed in and what the pane is open on. */
export async function createSimulatedHost(params: URLSearchParams, fetchImpl: FetchLike = (i, init) => fetch(i, init), now: () => number = Date.now): Promise<HostAdapter> {
  const upn = params.get("user") || defaultDemoUser;
  const itemId = params.get("item");
  let cached: { token: Promise<string>; until: number } | undefined;

  const signIn = async (): Promise<{ token: string; lifetime: number }> => {
    const response = await fetchImpl("/dev/token", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ upn }),
    });
    if (!response.ok) throw new Error(`The demo user ${upn} could not sign in (${response.status}).`);
    const body = (await response.json()) as DevToken;
    return { token: body.accessToken, lifetime: Math.max(0, body.expiresIn - 60) * 1000 };
  };

  // One sign-in at a time, shared by concurrent callers, renewed a minute before it expires. Tokens last an
  // hour of the dev clock, which may jump ahead (POST /dev/clock): the API then answers 401 and the client
  // asks again with forceRefresh, which signs in anew (unless a sign-in is already under way).
  const getAccessToken = (options?: TokenRequestOptions): Promise<string> => {
    if (options?.forceRefresh && cached && cached.until !== Number.POSITIVE_INFINITY) cached = undefined;
    if (cached && cached.until > now()) return cached.token;
    const started = now();
    const pending = signIn();
    cached = { token: pending.then((t) => t.token), until: Number.POSITIVE_INFINITY };
    const entry = cached;
    pending.then((t) => { entry.until = started + t.lifetime; }, () => { if (cached === entry) cached = undefined; });
    return entry.token;
  };
  void getAccessToken().catch(() => undefined); // sign in while the profile loads

  const user: HostUser = { upn, displayName: upn };
  const graph = `/graph-sim/v1.0/users/${encodeURIComponent(upn)}`;
  const profile = await fetchImpl(`${graph}?$select=displayName,userPrincipalName`).catch(() => undefined);
  if (profile?.ok) user.displayName = ((await profile.json()) as { displayName?: string }).displayName ?? upn;

  const currentItem = async (): Promise<CurrentItem> => {
    if (!itemId) return noItem;
    const response = await fetchImpl(`${graph}/events/${encodeURIComponent(itemId)}?$select=subject,start`, {
      headers: { Prefer: 'outlook.timezone="UTC"' },
    });
    if (!response.ok) return { kind: "appointment", restId: itemId };
    const event = (await response.json()) as SimulatedEvent;
    const item: CurrentItem = { kind: "appointment", restId: itemId };
    if (event.subject) item.subject = event.subject;
    if (event.start?.dateTime) item.start = new Date(event.start.dateTime.replace(/(\.\d+)?$/, "Z")).toISOString();
    return item;
  };

  return {
    name: "simulated",
    user,
    getAccessToken,
    signInAgain: async () => { cached = undefined; await getAccessToken(); },
    currentItem,
    now: async () => {
      const response = await fetchImpl("/dev/clock").catch(() => undefined);
      const body = response?.ok ? ((await response.json()) as { now?: string }) : {};
      return body.now ? new Date(body.now) : new Date(now());
    },
    onItemChanged: () => { /* the preview reloads the pane when the item changes */ },
  };
}
