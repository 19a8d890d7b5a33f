// How the program page signs in: in Simulated mode as a demo user through POST /dev/token (Diego, the demo
// tenant's program admin, unless ?user= names another); in Live mode with MSAL's redirect flow for the add-in's
// own registration (its SPA redirect URIs must include https://<host>/admin/), asking for the API's scope.
import type { TokenSource } from "../api/client";

interface AddinConfig { mode: "simulated" | "live"; clientId: string | null; apiScope: string | null }

export const demoAdmin = "diego.siciliani@contoso.example";
const authority = "https://login.microsoftonline.com/organizations";

export async function adminSignIn(location: Location = window.location): Promise<TokenSource> {
  const config = (await (await fetch("/addin/config.json")).json()) as AddinConfig;
  if (config.mode === "simulated") return simulated(new URLSearchParams(location.search).get("user") ?? demoAdmin);
  if (!config.clientId || !config.apiScope) throw new Error("The app's configuration names no add-in registration (Addin:ClientId): the program page cannot sign in.");
  return live(config.clientId, config.apiScope, new URL("/admin/", location.href).href);
}

function simulated(upn: string): TokenSource {
  let cached: { token: string; until: number } | undefined;
  return async (options) => {
    if (cached && !options?.forceRefresh && Date.now() < cached.until) return cached.token;
    const response = await fetch("/dev/token", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ upn }) });
    if (!response.ok) throw new Error(`The demo user ${upn} could not sign in (${response.status}).`);
    const body = (await response.json()) as { accessToken: string; expiresIn: number };
    cached = { token: body.accessToken, until: Date.now() + Math.max(0, body.expiresIn - 60) * 1000 };
    return cached.token;
  };
}

async function live(clientId: string, scope: string, redirectUri: string): Promise<TokenSource> {
  const msal = await import("@azure/msal-browser");
  const app = new msal.PublicClientApplication({ auth: { clientId, authority, redirectUri }, cache: { cacheLocation: "sessionStorage" } });
  await app.initialize();
  const returned = await app.handleRedirectPromise();
  const account = returned?.account ?? app.getAllAccounts()[0];
  if (!account) {
    await app.loginRedirect({ scopes: [scope] });
    // The page is leaving for Entra; nothing asks for a token before it does.
    return () => new Promise<string>(() => undefined);
  }
  app.setActiveAccount(account);
  return async (options) => {
    const request = { scopes: [scope], account, ...(options?.claims ? { claims: options.claims } : {}) };
    try {
      return (await app.acquireTokenSilent(options?.forceRefresh || options?.claims ? { ...request, forceRefresh: true } : request)).accessToken;
    } catch (error) {
      if (error instanceof msal.InteractionRequiredAuthError) await app.acquireTokenRedirect(request);
      throw error;
    }
  };
}
