// Entry point: picks the host (Outlook, or the local preview with ?host=simulated), then starts the pane.
import { messageOf } from "./api/problems";
import { ApiClient } from "./api/client";
import type { AddinConfig } from "./api/types";
import type { HostAdapter } from "./host/hostAdapter";
import { createOfficeHost, loadOfficeJs } from "./host/officeHost";
import { createSimulatedHost } from "./host/simulatedHost";
import { App } from "./ui/app";
import { h, replace } from "./ui/dom";

async function boot(root: HTMLElement): Promise<void> {
  const params = new URLSearchParams(location.search);
  const config = (await (await fetch("/addin/config.json")).json()) as AddinConfig;
  let host: HostAdapter;
  if (params.get("host") === "simulated") {
    if (config.mode !== "simulated") throw new Error("The local preview exists only when the API runs in Simulated mode.");
    host = await createSimulatedHost(params);
  } else {
    const office = await loadOfficeJs();
    if (office === null)
      throw new Error(config.mode === "simulated"
        ? "This page runs inside Outlook. For the local preview, open the site's home page."
        : "This page runs inside Outlook: open MentorScheduler from a message or meeting.");
    host = createOfficeHost(config, Office);
  }
  const api = new ApiClient((options) => host.getAccessToken(options));
  await new App(root, host, api).start();
}

const root = document.getElementById("app")!;
boot(root).catch((error: unknown) => {
  replace(root, h("div", { class: "failure" },
    h("h1", {}, "MentorScheduler"),
    h("p", { role: "alert" }, messageOf(error, "MentorScheduler could not start."))));
});
