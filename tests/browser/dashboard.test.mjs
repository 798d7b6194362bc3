// The dashboard (/emulator/ui) in Debian's chromium, driven by playwright-core, against an emulator that run.sh
// started with --clock manual and a control key. Each step keeps a screenshot in $ARTIFACTS.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";

const base = process.env.EMULATOR_URL ?? "http://127.0.0.1:5180";
const key = process.env.CONTROL_KEY ?? "browser-test-key";
const artifacts = process.env.ARTIFACTS ?? path.resolve("artifacts");
const timeout = 10_000;
let browser;
let page;

mkdirSync(artifacts, { recursive: true });

async function control(method, route, body) {
  const response = await fetch(base + route, {
    method,
    headers: { "X-Emulator-Key": key, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  assert.ok(response.ok, `${method} ${route}: ${response.status} ${await response.clone().text()}`);
  return response.json();
}

async function uapiToken() {
  const response = await fetch(`${base}/oauth/token.php`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: "client_id=uapi-user-app&client_secret=uapi-user-secret&grant_type=client_credentials&type=unifiedapi",
  });
  assert.equal(response.status, 200);
  return (await response.json()).access_token;
}

const shot = (name) => page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
const callRow = (id) => page.locator(`[data-testid="call"][data-call-id="${id}"]`);
const phone = (number) => page.locator(`[data-testid="phone"][data-number="${number}"]`);

before(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
});

after(async () => {
  await browser?.close();
});

test("the page loads with the control key, shows the seed's phones and follows the event stream", async () => {
  await control("POST", "/emulator/reset");
  await page.goto(`${base}/emulator/ui?controlKey=${encodeURIComponent(key)}`);
  await phone("0003*210").waitFor({ timeout });
  await page.locator('[data-testid="stream-state"]', { hasText: "live" }).waitFor({ timeout });
  assert.equal(await page.locator('[data-testid="clock-mode"]').textContent(), "manual");
  assert.ok(await phone("0003*024").isVisible());
  await shot("01-loaded");
});

test("a call placed through the UnifiedAPI appears, advancing the clock answers it, and a click hangs it up", async () => {
  const token = await uapiToken();
  const placed = await fetch(`${base}/uapi/phoneCalls/@me/simple`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ extension: "210", phoneCallView: [{ source: ["0003*210"], destination: ["3235742879"] }] }),
  });
  assert.equal(placed.status, 202);
  const [{ id }] = await placed.json();

  await callRow(id).waitFor({ timeout });
  assert.equal(await callRow(id).getAttribute("data-phase"), "ringingSources");
  await page.locator('[data-testid="event"][data-kind="callPublished"]').first().waitFor({ timeout });
  await shot("02-call-ringing");

  await page.click('[data-testid="advance-10"]');
  await page.locator(`[data-testid="call"][data-call-id="${id}"][data-phase="connected"]`).waitFor({ timeout });
  assert.match(await page.locator('[data-testid="clock-now"]').textContent(), /\d\d:\d\d:\d\dZ$/);
  await shot("03-call-connected");

  await callRow(id).click();
  await callRow(id).waitFor({ state: "detached", timeout });
  const ended = await control("GET", `/emulator/calls/${id}`);
  assert.equal(ended.state, "ended");
  assert.equal(ended.disposition, "answered");
  await shot("04-call-hung-up");
});

test("a click on a ringing phone answers the call that rings it", async () => {
  await control("PUT", "/emulator/phones/0003*024", { behaviour: "manual" });
  const inbound = await control("POST", "/emulator/calls/inbound", { from: "5551234", to: "0003*024" });
  const ringing = page.locator('[data-testid="phone"][data-number="0003*024"][data-state="ringing"]');
  await ringing.waitFor({ timeout });
  await shot("05-phone-ringing");

  await ringing.click();
  await page.locator(`[data-testid="call"][data-call-id="${inbound.id}"][data-phase="connected"]`).waitFor({ timeout });
  const answered = await control("GET", `/emulator/calls/${inbound.id}`);
  assert.equal(answered.phase, "connected");
  await shot("06-phone-answered");
});
