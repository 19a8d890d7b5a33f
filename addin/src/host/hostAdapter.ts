import type { TokenRequestOptions } from "../api/client";
// What the pane needs from its host (Outlook, or the local preview): who is signed in, a token for the
// API, and the item the pane was opened on. Views never touch Office.js directly.

export type ItemKind = "none" | "appointment" | "message";

export interface CurrentItem {
  kind: ItemKind;
  /** The item's Graph REST id in the signed-in user's mailbox, when it has been saved. */
  restId?: string;
  subject?: string;
  /** ISO 8601 instant (appointments). */
  start?: string;
}

export interface HostUser {
  upn: string;
  displayName: string;
}

export interface HostAdapter {
  readonly name: "outlook" | "simulated";
  readonly user: HostUser;
  /**
   * An access token for the API (never the ID token). `forceRefresh` skips any cached token: the API
   * refused it (401), e.g. because the preview's dev clock moved past its expiry.
   */
  getAccessToken(options?: TokenRequestOptions): Promise<string>;
  /** Signs in interactively after the API answered 401. */
  signInAgain(): Promise<void>;
  currentItem(): Promise<CurrentItem>;
  /** Now, as the API sees it (the preview's dev clock may be set ahead). */
  now(): Promise<Date>;
  /** Called when the user selects another item while the pane stays open (pinned pane). */
  onItemChanged(listener: () => void): void;
}

export const noItem: CurrentItem = { kind: "none" };

/** Signing in did not finish (a dialog closed or blocked, Entra refused): the pane offers to sign in again. */
export class SignInError extends Error {
  override name = "SignInError";
}
