// Outlook: Office.js from Microsoft's CDN, nested app authentication (NAA) through MSAL.
import type { TokenRequestOptions } from "../api/client";
import type { AddinConfig } from "../api/types";
import { DialogAuth, dialogAccount, openSignInDialog } from "./dialogAuth";
import type { CurrentItem, HostAdapter } from "./hostAdapter";
import { noItem } from "./hostAdapter";

export const officeJsUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const authority = "https://login.microsoftonline.com/organizations";

/**
 * Waits for Office to be ready. Outlook's entry page (outlook.html) loads Office.js in its head, as Microsoft
 * requires; a page without it (index.html opened outside Outlook) gets the script tag added here.
 */
export function loadOfficeJs(doc: Document = document): Promise<Office.HostType | null> {
  if (typeof Office !== "undefined") return Office.onReady().then((info) => info.host ?? null);
  return new Promise((resolve, reject) => {
    const script = doc.createElement("script");
    script.src = officeJsUrl;
    script.onload = () => { void Office.onReady().then((info) => resolve(info.host ?? null), reject); };
    script.onerror = () => reject(new Error("Office.js could not be loaded. Open MentorScheduler from Outlook."));
    doc.head.appendChild(script);
  });
}

/** The parts of MSAL the pane uses, so tests can stand in for it. */
export interface TokenBroker {
  acquireTokenSilent(request: { scopes: string[]; forceRefresh?: boolean; claims?: string; loginHint?: string }): Promise<{ accessToken: string }>;
  acquireTokenPopup(request: { scopes: string[]; claims?: string; loginHint?: string }): Promise<{ accessToken: string }>;
}

export type BrokerFactory = (clientId: string) => Promise<{ broker: TokenBroker }>;

/** MSAL's nestable client, loaded on demand so the local preview never downloads it. */
export const msalBroker: BrokerFactory = async (clientId) => {
  const msal = await import("@azure/msal-browser");
  const broker = await msal.createNestablePublicClientApplication({ auth: { clientId, authority } });
  return { broker };
};

/** Tokens for the API's scope: silently when possible, with a popup when Entra needs the user. */
export class NestedAppAuth {
  private ready: ReturnType<BrokerFactory> | undefined;

  private hint: Promise<string | undefined> | undefined;

  /** `loginHint`: who Office says is signed in (Office.auth.getAuthContext), so MSAL picks that account. */
  constructor(private readonly clientId: string, private readonly scope: string, private readonly factory: BrokerFactory = msalBroker,
    private readonly loginHint: () => Promise<string | undefined> = () => Promise.resolve(undefined)) {}

  async getAccessToken(options?: TokenRequestOptions): Promise<string> {
    const { broker } = await this.client();
    const request = await this.request(options?.claims);
    try {
      return (await broker.acquireTokenSilent(options?.forceRefresh || options?.claims ? { ...request, forceRefresh: true } : request)).accessToken;
    } catch {
      // Any silent failure, not only InteractionRequiredAuthError: msal-browser reports several of the host
      // bridge's failures as other error types, and the popup is the way out of each (Microsoft's NAA guidance).
      return (await broker.acquireTokenPopup(request)).accessToken;
    }
  }

  async signInAgain(): Promise<void> {
    const { broker } = await this.client();
    await broker.acquireTokenPopup(await this.request());
  }

  private async request(claims?: string): Promise<{ scopes: string[]; claims?: string; loginHint?: string }> {
    this.hint ??= this.loginHint().catch(() => undefined);
    const loginHint = await this.hint;
    return { scopes: [this.scope], ...(claims ? { claims } : {}), ...(loginHint ? { loginHint } : {}) };
  }

  private client(): ReturnType<BrokerFactory> {
    this.ready ??= this.factory(this.clientId);
    return this.ready;
  }
}

/** How the pane gets its tokens in Outlook: nested app authentication, or the dialog fallback. */
export interface SignIn {
  getAccessToken(options?: TokenRequestOptions): Promise<string>;
  signInAgain(): Promise<void>;
}

export const unsupportedClient = "This version of Outlook cannot sign in to MentorScheduler: it has neither nested app authentication "
  + "(NestedAppAuth 1.1) nor Office dialogs (DialogApi 1.1). Update Outlook (Microsoft 365 Apps version 2409 or later, Outlook for Mac "
  + "16.89 or later), or use Outlook on the web or the new Outlook for Windows.";

/** Nested app authentication where the client has it (NestedAppAuth 1.1); else MSAL in an Office dialog; else a plain answer. */
export function signInFor(config: { clientId: string; apiScope: string }, office: typeof Office, origin: string): SignIn {
  const supports = (set: string, version: string) => office.context.requirements.isSetSupported(set, version);
  if (supports("NestedAppAuth", "1.1"))
    return new NestedAppAuth(config.clientId, config.apiScope, msalBroker,
      () => office.auth.getAuthContext().then((context) => context.userPrincipalName || undefined));
  if (supports("DialogApi", "1.1"))
    return new DialogAuth((request) => openSignInDialog(office, origin, request), () => dialogAccount(office));
  throw new Error(unsupportedClient);
}

/** Reads the item the pane is open on, in read mode (properties) or compose mode (getAsync). */
export async function readOfficeItem(office: typeof Office): Promise<CurrentItem> {
  const mailbox = office.context.mailbox;
  const item = mailbox?.item as (Office.AppointmentRead & Office.AppointmentCompose & Office.MessageRead) | null | undefined;
  if (!item) return noItem;
  const type = String(item.itemType);
  const kind = type === String(office.MailboxEnums.ItemType.Appointment) ? "appointment"
    : type === String(office.MailboxEnums.ItemType.Message) ? "message" : "none";
  if (kind === "none") return noItem;

  const result: CurrentItem = { kind };
  const subject = await readValue<string>(item.subject);
  if (subject) result.subject = subject;
  if (kind === "appointment") {
    const start = await readValue<Date>(item.start);
    if (start) result.start = new Date(start).toISOString();
  }
  const ewsId = item.itemId ?? (await savedItemId(office, item));
  if (ewsId) result.restId = toRestId(office, ewsId);
  return result;
}

/** Read mode gives the value, compose mode an object with getAsync. */
function readValue<T>(value: unknown): Promise<T | undefined> {
  if (value && typeof value === "object" && "getAsync" in value && typeof (value as { getAsync: unknown }).getAsync === "function") {
    return new Promise((resolve) => {
      (value as { getAsync(cb: (r: Office.AsyncResult<T>) => void): void }).getAsync((r) =>
        resolve(String(r.status) === "succeeded" ? r.value : undefined));
    });
  }
  return Promise.resolve(value === null || value === undefined ? undefined : (value as T));
}

/** The id of a saved item being composed (Mailbox 1.8); unsaved items have none. */
function savedItemId(office: typeof Office, item: { getItemIdAsync?: unknown }): Promise<string | undefined> {
  if (typeof item.getItemIdAsync !== "function" || !office.context.requirements.isSetSupported("Mailbox", "1.8")) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    (item.getItemIdAsync as (cb: (r: Office.AsyncResult<string>) => void) => void)((r) =>
      resolve(String(r.status) === "succeeded" ? r.value : undefined));
  });
}

/** EWS id → Graph REST id; on iOS and Android the id already is a REST id and conversion is unavailable. */
function toRestId(office: typeof Office, id: string): string {
  const platform = String(office.context.diagnostics?.platform ?? "");
  if (platform === "iOS" || platform === "Android") return id;
  return office.context.mailbox.convertToRestId(id, office.MailboxEnums.RestVersion.v2_0);
}

/** The Outlook host adapter. `office` is the global Office object (a mock in tests). */
export function createOfficeHost(config: AddinConfig, office: typeof Office, auth?: SignIn, origin: string = globalThis.location?.origin ?? ""): HostAdapter {
  if (!config.clientId || !config.apiScope)
    throw new Error("MentorScheduler is not configured for sign-in (AzureAd:ClientId). Ask your IT team.");
  const profile = office.context.mailbox.userProfile;
  const accountType = String(profile.accountType ?? "");
  if (accountType === "outlookCom" || accountType === "gmail")
    throw new Error("MentorScheduler works with Microsoft 365 work accounts, and this mailbox is an Outlook.com or Gmail account. Open it from your work mailbox.");
  const tokens = auth ?? signInFor({ clientId: config.clientId, apiScope: config.apiScope }, office, origin);
  const listeners: (() => void)[] = [];
  office.context.mailbox.addHandlerAsync?.(office.EventType.ItemChanged, () => listeners.forEach((l) => l()));
  return {
    name: "outlook",
    user: { upn: profile.emailAddress, displayName: profile.displayName },
    getAccessToken: (options) => tokens.getAccessToken(options),
    signInAgain: () => tokens.signInAgain(),
    currentItem: () => readOfficeItem(office),
    now: () => Promise.resolve(new Date()),
    onItemChanged: (listener) => { listeners.push(listener); },
  };
}
