// Sign-in where Outlook has no nested app authentication (Office 2019/2021 perpetual, Microsoft 365 Apps
// before 2409, Outlook for Mac before 16.89): standard MSAL in an Office dialog (signin.html, an SPA redirect
// of the add-in's registration), as Microsoft's NAA guidance prescribes for its fallback.
import type { TokenRequestOptions } from "../api/client";
import { SignInError } from "./hostAdapter";

export const signInPath = "/addin/signin.html";

/** The one message signin.html sends the pane. The token is for the API's scope; nothing else travels. */
export type DialogAnswer =
  | { status: "success"; accessToken: string; expiresOn: number }
  | { status: "failure"; code: string; message: string };

/** What the dialog is asked to do (signin.html's query). */
export interface DialogRequest {
  /** The tenant's authority segment: its id, or a verified domain such as the mailbox's. */
  tenant: string;
  loginHint?: string;
  claims?: string;
  /** Skip a cached token (the API refused the last one). */
  fresh?: boolean;
}

export function signInQuery(request: DialogRequest): string {
  const query = new URLSearchParams({ tenant: request.tenant });
  if (request.loginHint) query.set("loginHint", request.loginHint);
  if (request.claims) query.set("claims", request.claims);
  if (request.fresh) query.set("fresh", "1");
  return query.toString();
}

// What Office's dialog codes mean to the person (learn.microsoft.com/office/dev/add-ins/develop/dialog-handle-errors-events).
const openFailures: Record<number, string> = {
  12007: "A MentorScheduler sign-in window is already open: finish signing in there, or close it and try again.",
  12009: "The sign-in window was not allowed to open. Select Sign in again and allow it.",
  12011: "Your browser blocked the sign-in window. Allow pop-ups for Outlook on the web, then select Sign in again.",
};
const dialogEvents: Record<number, string> = {
  12002: "The sign-in page could not be loaded. Ask your IT team to check MentorScheduler's address.",
  12003: "The sign-in page must be served over HTTPS. Ask your IT team to check MentorScheduler's address.",
  12006: "The sign-in window was closed before you finished signing in. Select Sign in again.",
};

/** Opens signin.html in an Office dialog and waits for its one message (or the person closing it). */
export function openSignInDialog(office: typeof Office, origin: string, request: DialogRequest): Promise<DialogAnswer> {
  const url = `${origin}${signInPath}?${signInQuery(request)}`;
  return new Promise((resolve, reject) => {
    office.context.ui.displayDialogAsync(url, { height: 60, width: 30 }, (opened) => {
      if (String(opened.status) !== "succeeded") {
        const code = opened.error?.code ?? 0;
        reject(new SignInError(openFailures[code] ?? `Outlook could not open the sign-in window (${code}: ${opened.error?.message ?? "no reason given"}).`));
        return;
      }
      const dialog = opened.value;
      dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
        dialog.close();
        const message = "message" in arg ? arg.message : "";
        try {
          resolve(JSON.parse(message) as DialogAnswer);
        } catch {
          reject(new SignInError("The sign-in window answered something MentorScheduler does not understand."));
        }
      });
      dialog.addEventHandler(office.EventType.DialogEventReceived, (arg) => {
        const code = "error" in arg ? arg.error : 0;
        reject(new SignInError(dialogEvents[code] ?? `The sign-in window stopped (${code}).`));
      });
    });
  });
}

/**
 * Tokens for the API through the dialog: kept in memory until five minutes before they expire (the dialog,
 * a top-level window, keeps MSAL's cache, so a later dialog usually closes itself at once); one dialog at a
 * time however many calls ask together.
 */
export class DialogAuth {
  private token: { accessToken: string; expiresOn: number } | undefined;

  private pending: Promise<string> | undefined;

  constructor(private readonly open: (request: DialogRequest) => Promise<DialogAnswer>,
    private readonly who: () => Promise<{ tenant: string; loginHint?: string }>, private readonly now: () => number = () => Date.now()) {}

  getAccessToken(options?: TokenRequestOptions): Promise<string> {
    const fresh = Boolean(options?.forceRefresh || options?.claims);
    if (!fresh && this.token && this.token.expiresOn - 5 * 60_000 > this.now()) return Promise.resolve(this.token.accessToken);
    this.pending ??= this.signIn(fresh, options?.claims).finally(() => { this.pending = undefined; });
    return this.pending;
  }

  async signInAgain(): Promise<void> {
    await this.getAccessToken({ forceRefresh: true });
  }

  private async signIn(fresh: boolean, claims?: string): Promise<string> {
    this.token = undefined;
    const who = await this.who();
    const answer = await this.open({ ...who, ...(claims ? { claims } : {}), ...(fresh ? { fresh } : {}) });
    if (answer.status !== "success") throw new SignInError(`Sign-in did not finish: ${answer.message}`);
    this.token = { accessToken: answer.accessToken, expiresOn: answer.expiresOn };
    return answer.accessToken;
  }
}

/**
 * The tenant and account to sign in to: Office's auth context where the client has it, otherwise the
 * mailbox's address, whose domain is a verified domain of its Microsoft 365 tenant and so names it.
 */
export async function dialogAccount(office: typeof Office): Promise<{ tenant: string; loginHint?: string }> {
  const address = office.context.mailbox.userProfile.emailAddress;
  try {
    const context = await office.auth.getAuthContext();
    if (context.tenantId) return { tenant: context.tenantId, loginHint: context.userPrincipalName || address };
  } catch {
    // Clients without nested app authentication mostly lack getAuthContext too.
  }
  const domain = address.split("@")[1];
  return { tenant: domain && /^[a-z0-9.-]+$/i.test(domain) ? domain : "organizations", loginHint: address };
}
