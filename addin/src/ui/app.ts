// The pane's shell: header, navigation, a status live region and the current view, with focus moved to
// the view's heading on every change.
import type { ApiClient } from "../api/client";
import { ApiProblem, messageOf } from "../api/problems";
import type { Me } from "../api/types";
import type { CurrentItem, HostAdapter } from "../host/hostAdapter";
import { SignInError } from "../host/hostAdapter";
import type { View, ViewContext, ViewName, ViewParamsOf } from "./context";
import { button, h, replace } from "./dom";
import { chooseTimeView } from "./views/chooseTime";
import { mentorProfileView } from "./views/mentorProfile";
import { myMentoringView } from "./views/myMentoring";
import { newRelationshipView } from "./views/newRelationship";
import { relationshipView } from "./views/relationship";
import { thisMeetingView } from "./views/thisMeeting";
import { upcomingSessionsView } from "./views/upcomingSessions";

const views: { [V in ViewName]: View<V> } = {
  mentoring: myMentoringView,
  new: newRelationshipView,
  time: chooseTimeView,
  sessions: upcomingSessionsView,
  meeting: thisMeetingView,
  relationship: relationshipView,
  profile: mentorProfileView,
};

const navItems: { view: "mentoring" | "new" | "meeting" | "profile"; label: string }[] = [
  { view: "mentoring", label: "My mentoring" },
  { view: "new", label: "New relationship" },
  { view: "meeting", label: "This meeting" },
  { view: "profile", label: "Mentor profile" },
];

export class App {
  private readonly main = h("main", { id: "view", tabindex: "-1" });
  private readonly status = h("p", { class: "status", role: "status", "aria-live": "polite" });
  private readonly nav = h("nav", { "aria-label": "MentorScheduler" });
  private ctx!: ViewContext;
  private current: ViewName = "mentoring";
  private generation = 0;

  constructor(private readonly root: HTMLElement, private readonly host: HostAdapter, private readonly api: ApiClient) {}

  async start(): Promise<void> {
    replace(this.root,
      h("header", { class: "app-header" }, h("h1", {}, "MentorScheduler"), h("span", { class: "who" }, this.host.user.displayName)),
      this.nav, this.status, this.main);
    this.main.setAttribute("aria-busy", "true");
    let me: Me;
    let item: CurrentItem;
    try {
      [me, item] = await Promise.all([this.api.me(), this.host.currentItem()]);
    } catch (error) {
      this.showFailure(error, () => void this.start());
      return;
    }
    this.ctx = {
      api: this.api,
      host: this.host,
      me,
      item,
      navigate: (view, ...params) => this.show(view, (params[0] ?? {}) as ViewParamsOf[typeof view]),
      announce: (message, tone) => this.announce(message, tone),
    };
    this.host.onItemChanged(() => void this.host.currentItem().then((next) => {
      this.ctx.item = next;
      void this.show(next.kind === "appointment" ? "meeting" : "mentoring", {});
    }));
    this.renderNav();
    await this.show(item.kind === "appointment" ? "meeting" : "mentoring", {}, false);
  }

  /** Shows a view; focus goes to its heading so keyboard and screen reader users land on the change. */
  async show<V extends ViewName>(view: V, params: ViewParamsOf[V], moveFocus = true): Promise<void> {
    const generation = ++this.generation;
    this.current = view;
    this.renderNav();
    this.main.setAttribute("aria-busy", "true");
    replace(this.main, h("p", { class: "loading" }, "Loading…"));
    try {
      const content = await views[view](this.ctx, params);
      if (generation !== this.generation) return;
      replace(this.main, content);
      this.main.dataset.view = view;
      if (generation === 1) performance.mark("mentorscheduler:first-view");
    } catch (error) {
      if (generation !== this.generation) return;
      this.showFailure(error, () => void this.show(view, params));
    } finally {
      if (generation === this.generation) this.main.setAttribute("aria-busy", "false");
    }
    if (moveFocus || generation === 1) {
      const heading = this.main.querySelector<HTMLElement>("h2");
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      } else this.main.focus();
    }
  }

  announce(message: string, tone: "info" | "error" = "info"): void {
    // Cleared first so the same words said twice are announced twice.
    this.status.textContent = "";
    this.status.dataset.tone = tone;
    window.setTimeout(() => { this.status.textContent = message; }, 30);
  }

  private renderNav(): void {
    const items = navItems.filter((n) => n.view !== "meeting" || this.ctx?.item.kind === "appointment");
    replace(this.nav, h("ul", {}, ...items.map((n) => h("li", {},
      button(n.label, () => void this.show(n.view, {}), n.view === this.current ? { "aria-current": "page" } : {})))));
  }

  private showFailure(error: unknown, retry: () => void): void {
    const message = messageOf(error, "Something went wrong.");
    const actions = [button("Try again", retry)];
    if ((error instanceof ApiProblem && error.needsSignIn) || error instanceof SignInError)
      actions.unshift(button("Sign in again", () => void this.host.signInAgain().then(retry, (e: unknown) => this.showFailure(e, retry))));
    replace(this.main, h("div", { class: "failure" },
      h("h2", { tabindex: "-1" }, "Something needs attention"),
      h("p", { role: "alert" }, message),
      h("div", { class: "actions" }, ...actions)));
    this.main.setAttribute("aria-busy", "false");
    this.main.querySelector<HTMLElement>("h2")?.focus();
  }
}
