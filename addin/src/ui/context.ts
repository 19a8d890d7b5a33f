// What every view is given.
import type { ApiClient } from "../api/client";
import type { Me } from "../api/types";
import type { CurrentItem, HostAdapter } from "../host/hostAdapter";

/** What each view is opened with: a relationship's views need its id, the others nothing. */
export interface ViewParamsOf {
  mentoring: Record<string, never>;
  new: Record<string, never>;
  time: { id: string };
  sessions: { id: string };
  meeting: Record<string, never>;
  relationship: { id: string };
  profile: Record<string, never>;
}

export type ViewName = keyof ViewParamsOf;

/** The arguments after the view's name: none for a view that needs nothing, its parameters otherwise. */
export type ViewArgs<V extends ViewName> = ViewParamsOf[V] extends Record<string, never> ? [] : [params: ViewParamsOf[V]];

export interface ViewContext {
  api: ApiClient;
  host: HostAdapter;
  me: Me;
  item: CurrentItem;
  navigate<V extends ViewName>(view: V, ...params: ViewArgs<V>): Promise<void>;
  /** Says something in the status live region (and shows it); "error" for a refusal or failure. */
  announce(message: string, tone?: "info" | "error"): void;
}

/** A view builds its content; its first h2 receives focus when it is shown. */
export type View<V extends ViewName> = (ctx: ViewContext, params: ViewParamsOf[V]) => Promise<HTMLElement>;
