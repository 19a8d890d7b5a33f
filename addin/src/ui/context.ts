// What every view is given.
import type { ApiClient } from "../api/client";
import type { Me } from "../api/types";
import type { CurrentItem, HostAdapter } from "../host/hostAdapter";

export type ViewName = "mentoring" | "new" | "time" | "sessions" | "meeting" | "relationship";

export type ViewParams = Record<string, string>;

export interface ViewContext {
  api: ApiClient;
  host: HostAdapter;
  me: Me;
  item: CurrentItem;
  navigate(view: ViewName, params?: ViewParams): Promise<void>;
  /** Says something in the status live region (and shows it); "error" for a refusal or failure. */
  announce(message: string, tone?: "info" | "error"): void;
}

/** A view builds its content; its first h2 receives focus when it is shown. */
export type View = (ctx: ViewContext, params: ViewParams) => Promise<HTMLElement>;
