// The local preview page (Simulated mode): the pane in an Outlook-sized frame, with the simulated host's
// controls (signed-in user, the item the pane is opened on) and the dev clock beside it.
import { messageOf } from "../api/problems";
import { defaultDemoUser } from "../host/simulatedHost";

interface GraphUser { displayName: string; userPrincipalName: string; jobTitle?: string }
interface GraphEvent { id: string; subject?: string; start: { dateTime: string } }

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const pane = $<HTMLIFrameElement>("pane");
const userSelect = $<HTMLSelectElement>("user");
const itemSelect = $<HTMLSelectElement>("item");
const clockNow = $<HTMLOutputElement>("clock-now");
const clockAt = $<HTMLInputElement>("clock-at");
const status = $<HTMLElement>("preview-status");

const params = new URLSearchParams(location.search);
let user = params.get("user") || defaultDemoUser;
let item = params.get("item") || "";
let now = new Date();

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

function option(value: string, label: string, selected: boolean): HTMLOptionElement {
  const o = document.createElement("option");
  o.value = value;
  o.textContent = label;
  o.selected = selected;
  return o;
}

function loadPane(): void {
  const query = new URLSearchParams({ host: "simulated", user });
  if (item) query.set("item", item);
  pane.src = `/addin/index.html?${query}`;
  const own = new URLSearchParams({ user });
  if (item) own.set("item", item);
  history.replaceState(null, "", `?${own}`);
}

async function loadUsers(): Promise<void> {
  const body = await getJson<{ value: GraphUser[] }>("/graph-sim/v1.0/users?$select=displayName,userPrincipalName,jobTitle");
  userSelect.replaceChildren(...body.value.map((u) =>
    option(u.userPrincipalName, `${u.displayName}${u.jobTitle ? ` (${u.jobTitle})` : ""}`, u.userPrincipalName.toLowerCase() === user.toLowerCase())));
}

async function loadItems(): Promise<void> {
  const end = new Date(now.getTime() + 28 * 86400_000);
  const url = `/graph-sim/v1.0/users/${encodeURIComponent(user)}/calendarView?startDateTime=${now.toISOString()}&endDateTime=${end.toISOString()}&$select=subject,start`;
  const body = await getJson<{ value: GraphEvent[] }>(url, { headers: { Prefer: 'outlook.timezone="UTC"' } });
  const label = (e: GraphEvent) => `${e.start.dateTime.slice(0, 16).replace("T", " ")} UTC · ${e.subject ?? "(no subject)"}`;
  itemSelect.replaceChildren(option("", "No item (the pane on its own)", item === ""),
    ...body.value.map((e) => option(e.id, label(e), e.id === item)));
  if (item && !body.value.some((e) => e.id === item)) itemSelect.append(option(item, "The meeting in the address", true));
}

async function loadClock(): Promise<void> {
  const body = await getJson<{ now: string }>("/dev/clock");
  now = new Date(body.now);
  clockNow.textContent = `${now.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  clockAt.value = now.toISOString().slice(0, 16);
}

interface Background { lastSweepFinishedAt: string | null; lastSweepSummary: string | null; lastSweepSeconds: number | null; lastNotificationAt: string | null; lastNotificationLagSeconds: number | null }

const utc = (iso: string) => `${new Date(iso).toISOString().slice(0, 16).replace("T", " ")} UTC`;

async function loadBackground(): Promise<void> {
  const body = await getJson<Background>("/dev/background");
  $("bg-sweep").textContent = body.lastSweepFinishedAt && body.lastSweepSummary
    ? `${utc(body.lastSweepFinishedAt)}: ${body.lastSweepSummary} (${(body.lastSweepSeconds ?? 0).toFixed(1)} s)`
    : "None yet";
  $("bg-lag").textContent = body.lastNotificationAt && body.lastNotificationLagSeconds !== null
    ? `${body.lastNotificationLagSeconds.toFixed(1)} s, the last one at ${utc(body.lastNotificationAt)}`
    : "No notification yet";
}

async function setClock(at: Date): Promise<void> {
  await getJson("/dev/clock", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ now: at.toISOString() }) });
  await loadClock();
  await loadItems();
  loadPane();
  await loadBackground();
  status.textContent = `Clock moved to ${clockNow.textContent}.`;
}

userSelect.addEventListener("change", () => {
  user = userSelect.value;
  item = "";
  void loadItems().then(loadPane);
});
itemSelect.addEventListener("change", () => { item = itemSelect.value; loadPane(); });
$("reload").addEventListener("click", () => { void loadItems().then(loadPane); });
$("clock-set").addEventListener("click", () => { if (clockAt.value) void setClock(new Date(`${clockAt.value}:00Z`)); });
$("clock-day").addEventListener("click", () => void setClock(new Date(now.getTime() + 86400_000)));
$("clock-week").addEventListener("click", () => void setClock(new Date(now.getTime() + 7 * 86400_000)));

loadPane();
setInterval(() => void loadBackground().catch(() => undefined), 10_000);
void Promise.all([loadUsers(), loadClock().then(loadItems), loadBackground()]).catch((error: unknown) => {
  status.textContent = messageOf(error, "The preview's controls could not load.");
});
