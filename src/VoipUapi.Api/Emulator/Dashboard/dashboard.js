// The VoipUapi dashboard: reads the control API (/emulator) and follows its event stream; no build step, no library.
"use strict";

const api = "/emulator";
const maxEvents = 60;
const keyStore = "voipuapi.controlKey";
let controlKey = new URLSearchParams(location.search).get("controlKey") ?? sessionStorage.getItem(keyStore);
let state = { clock: null, fetchedAt: 0, phones: [], calls: [], conferences: [] };
let refreshTimer = null;
let stream = null;

const $ = (id) => document.getElementById(id);
const text = (tag, content, className) => {
  const element = document.createElement(tag);
  element.textContent = content;
  if (className) element.className = className;
  return element;
};

async function call(method, path, body) {
  const headers = { Accept: "application/json" };
  if (controlKey) headers["X-Emulator-Key"] = controlKey;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(api + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const answer = response.headers.get("Content-Type")?.includes("json") ? await response.json() : null;
  if (response.status === 401) askForKey();
  if (!response.ok) throw new Error(answer?.detail ?? `${method} ${path}: HTTP ${response.status}`);
  return answer;
}

function showProblem(error) {
  $("problem").hidden = !error;
  $("problem").textContent = error ? error.message : "";
}

function askForKey() {
  $("key-form").hidden = false;
  $("key-input").focus();
}

async function refresh() {
  try {
    const [clock, phones, calls, conferences] = await Promise.all([
      call("GET", "/clock"), call("GET", "/phones"), call("GET", "/calls?state=live"), call("GET", "/conferences"),
    ]);
    state = { clock, fetchedAt: performance.now(), phones: phones.phones, calls: calls.calls, conferences: conferences.conferences };
    render();
    showProblem(null);
  } catch (error) {
    showProblem(error);
  }
}

function refreshSoon() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(refresh, 80);
}

// Emulated seconds since the last refresh: the clock moves only while it runs, at its scale.
function elapsed() {
  return state.clock?.mode === "realtime" ? ((performance.now() - state.fetchedAt) / 1000) * state.clock.scale : 0;
}

function seconds(value) {
  const total = Math.floor(value);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}

function linesOf(phone) {
  if (Array.isArray(phone.lines)) return phone.lines;
  return phone.state === "idle" ? [] : [{ callId: phone.callId, viewId: phone.viewId, state: phone.state === "ringing" ? "ringing" : "active" }];
}

function renderPhones() {
  const list = $("phones");
  list.replaceChildren(...state.phones.map((phone) => {
    const item = document.createElement("li");
    item.className = `phone ${phone.state}`;
    item.dataset.testid = "phone";
    item.dataset.number = phone.number;
    item.dataset.state = phone.state;
    item.append(text("div", phone.number, "number"), text("div", `${phone.kind} · ${phone.state} · ${phone.behaviour.kind}`, "meta"));
    for (const line of linesOf(phone)) {
      item.append(text("div", `${line.state} ${line.callId ?? ""}${line.viewId ? ` (view ${line.viewId})` : ""}`, `line ${line.state}`));
    }
    const ringing = linesOf(phone).find((line) => line.state === "ringing");
    if (ringing) {
      // The call is named: a phone with several lines may be rung by several calls at once.
      item.classList.add("ringing");
      item.title = `Answer ${ringing.callId} on ${phone.number}`;
      item.addEventListener("click", () =>
        act(() => call("POST", `/phones/${encodeURIComponent(phone.number)}/answer?callId=${encodeURIComponent(ringing.callId)}`)));
    }
    return item;
  }));
}

function renderCalls() {
  const body = $("calls");
  body.replaceChildren(...state.calls.map((live) => {
    const row = document.createElement("tr");
    row.dataset.testid = "call";
    row.dataset.callId = live.id;
    row.dataset.phase = live.phase;
    row.title = `Hang up ${live.id}`;
    const parties = document.createElement("td");
    for (const leg of live.legs) parties.append(text("span", `${leg.role} ${leg.phone}: ${leg.state}`, `leg ${leg.state}`));
    row.append(text("td", `${live.id} (${live.kind})`), text("td", live.phase), parties,
      text("td", "", "seconds ringing-seconds"), text("td", "", "seconds talking-seconds"));
    row.addEventListener("click", () => act(() => call("POST", `/calls/${live.id}/hangup`)));
    return row;
  }));
  $("no-calls").hidden = state.calls.length > 0;
  tickDurations();
}

// Durations and the clock move between refreshes while the clock runs; only their text changes, rows stay clickable.
function tickDurations() {
  const extra = elapsed();
  for (const row of $("calls").children) {
    const live = state.calls.find((c) => c.id === row.dataset.callId);
    if (!live) continue;
    row.querySelector(".ringing-seconds").textContent = seconds(live.answered ? live.ringingSeconds : live.ringingSeconds + extra);
    row.querySelector(".talking-seconds").textContent = seconds(live.answered ? live.talkSeconds + extra : 0);
  }
}

function renderConferences() {
  $("conferences").replaceChildren(...state.conferences.map((conference) => {
    const people = conference.participants.map((p) => `${p.phone} (${p.role}${p.hearsMusic ? ", music" : ""})`).join(", ");
    return text("li", `${conference.host} / ${conference.number}${conference.name ? ` ${conference.name}` : ""}: ${people || "nobody"}`);
  }));
}

function renderClock() {
  if (!state.clock) return;
  $("clock-mode").textContent = state.clock.mode + (state.clock.mode === "realtime" && state.clock.scale !== 1 ? ` ×${state.clock.scale}` : "");
  const now = new Date(Date.parse(state.clock.now) + elapsed() * 1000);
  $("clock-now").textContent = now.toISOString().replace("T", " ").replace(/\.\d+Z$/, "Z");
}

function render() {
  renderClock();
  renderPhones();
  renderCalls();
  renderConferences();
}

async function act(request) {
  try {
    await request();
    showProblem(null);
  } catch (error) {
    showProblem(error);
  }
  refreshSoon();
}

function addEvent(change) {
  const item = text("li", `${change.at.slice(11, 19)} ${change.kind} ${change.phone ?? ""} ${change.callId ?? ""} ${change.detail ?? ""}`.trim());
  item.dataset.testid = "event";
  item.dataset.kind = change.kind;
  $("events").prepend(item);
  while ($("events").children.length > maxEvents) $("events").lastChild.remove();
}

function follow() {
  stream?.close();
  const query = new URLSearchParams({ named: "false" });
  if (controlKey) query.set("controlKey", controlKey);
  stream = new EventSource(`${api}/events?${query}`);
  stream.onopen = () => { $("stream").textContent = "live"; $("stream").className = "stream-on"; };
  stream.onerror = () => { $("stream").textContent = "reconnecting…"; $("stream").className = "stream-off"; };
  stream.onmessage = (message) => {
    addEvent(JSON.parse(message.data));
    refreshSoon();
  };
}

document.querySelectorAll("[data-advance]").forEach((button) =>
  button.addEventListener("click", () => act(() => call("POST", "/clock/advance", { seconds: Number(button.dataset.advance) }))));
document.querySelectorAll("[data-clock]").forEach((button) =>
  button.addEventListener("click", () => act(() => call("PUT", "/clock", { mode: button.dataset.clock }))));
$("key-form").addEventListener("submit", (submitted) => {
  submitted.preventDefault();
  controlKey = $("key-input").value;
  sessionStorage.setItem(keyStore, controlKey);
  $("key-form").hidden = true;
  follow();
  refresh();
});
setInterval(() => { renderClock(); tickDurations(); }, 250);
follow();
refresh();
