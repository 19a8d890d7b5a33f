// The sign-in page Outlook opens in an Office dialog when it has no nested app authentication (signin.html,
// registered as an SPA redirect of the add-in's registration). Standard MSAL: a token from its cache when it
// has one, otherwise the authorization code flow with PKCE by redirect inside the dialog, against the tenant's
// authority. It answers the pane with one message (the API's token, or what went wrong) and shows no token.
import type { AddinConfig } from "../api/types";
import type { DialogAnswer, DialogRequest } from "../host/dialogAuth";
import { signInPath } from "../host/dialogAuth";

const requestKey = "mentorscheduler.signin.request";
const entra = "https://login.microsoftonline.com";

/** The pane's request, from the query on the first load, and from this window's session after Entra's redirect. */
function readRequest(): DialogRequest {
  const query = new URLSearchParams(location.search);
  const tenant = query.get("tenant");
  if (tenant) {
    const request: DialogRequest = {
      tenant: /^[a-z0-9.-]+$/i.test(tenant) ? tenant : "organizations",
      ...(query.get("loginHint") ? { loginHint: query.get("loginHint")! } : {}),
      ...(query.get("claims") ? { claims: query.get("claims")! } : {}),
      fresh: query.get("fresh") === "1",
    };
    sessionStorage.setItem(requestKey, JSON.stringify(request));
    return request;
  }
  const saved = sessionStorage.getItem(requestKey);
  return saved ? (JSON.parse(saved) as DialogRequest) : { tenant: "organizations" };
}

function answer(message: DialogAnswer): void {
  sessionStorage.removeItem(requestKey);
  Office.context.ui.messageParent(JSON.stringify(message));
}

function say(text: string): void {
  const status = document.getElementById("status");
  if (status) status.textContent = text;
}

async function signIn(): Promise<void> {
  await Office.onReady();
  const config = (await (await fetch("/addin/config.json")).json()) as AddinConfig;
  if (!config.clientId || !config.apiScope) throw Object.assign(new Error("MentorScheduler is not configured for sign-in (Addin:ClientId)."), { errorCode: "not_configured" });
  const request = readRequest();
  const msal = await import("@azure/msal-browser");
  const client = await msal.createStandardPublicClientApplication({
    auth: { clientId: config.clientId, authority: `${entra}/${request.tenant}`, redirectUri: new URL(signInPath, location.origin).href },
    cache: { cacheLocation: "localStorage" },
  });

  const returned = await client.handleRedirectPromise();
  if (returned) {
    answer({ status: "success", accessToken: returned.accessToken, expiresOn: returned.expiresOn?.getTime() ?? Date.now() + 30 * 60_000 });
    return;
  }

  const scopes = [config.apiScope];
  const claims = request.claims ? { claims: request.claims } : {};
  const account = (request.loginHint ? client.getAccount({ username: request.loginHint }) : null) ?? client.getAllAccounts()[0];
  if (account) {
    try {
      const silent = await client.acquireTokenSilent({ scopes, account, forceRefresh: Boolean(request.fresh), ...claims });
      answer({ status: "success", accessToken: silent.accessToken, expiresOn: silent.expiresOn?.getTime() ?? Date.now() + 30 * 60_000 });
      return;
    } catch {
      // Entra needs the person (expired session, consent, a claims challenge): sign in by redirect below.
    }
  }
  say("Taking you to Microsoft to sign in…");
  await client.acquireTokenRedirect({ scopes, ...claims, ...(request.loginHint ? { loginHint: request.loginHint } : {}) });
}

signIn().catch((error: unknown) => {
  const details = error as { errorCode?: string; errorMessage?: string; message?: string };
  const message = details.errorMessage || details.message || "Sign-in failed.";
  say(`Sign-in failed: ${message}`);
  try {
    answer({ status: "failure", code: details.errorCode ?? "sign_in_failed", message });
  } catch {
    // Opened outside an Office dialog: the text above is all there is.
  }
});
