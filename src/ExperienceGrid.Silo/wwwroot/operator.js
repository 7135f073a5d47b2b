// The operator view: the grid's health from GET /api/operations, read again every few seconds. No guest data.
"use strict";
(async () => {
  const { el } = EG;
  const $ = id => document.getElementById(id);
  const refreshEvery = 3000;

  const session = await EG.requireSession($("signin"), "The operator view is for operators (demo user operator, password demo).", ["operator"]);
  $("app").hidden = false;
  $("signout").addEventListener("click", EG.signOut);
  try {
    $("who").textContent = (await EG.names()).user(session.user);
  } catch (e) {
    $("who").textContent = session.user;
    console.warn("names unavailable", e);
  }

  // Sub-millisecond sends are common with few listeners: keep two decimals there rather than show "0.0 ms".
  const ms = value => value === null || value === undefined ? "–"
    : `${value < 1 ? value.toFixed(2) : value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

  function figure(name, value, label, title) {
    return el("div", { class: "total", "data-figure": name, title },
      el("span", { class: "value" }, value), el("span", { class: "label" }, label));
  }

  function render(ops) {
    const active = ops.silos.filter(s => s.status === "Active").length;
    const lag = ops.pushLag;
    $("figures").replaceChildren(
      figure("silos", `${active} of ${ops.silos.length}`, "Silos active"),
      figure("grains", ops.silos.reduce((sum, s) => sum + s.activations, 0), "Grains (activations)"),
      figure("events", ops.eventsPerSecond.toFixed(1), `Events accepted / s, last ${ops.rateWindowSeconds} s`),
      figure("lag-p50", ms(lag.p50Milliseconds), "Push lag p50, last minute", `${lag.samples} alert pushes`),
      figure("lag-p99", ms(lag.p99Milliseconds), "Push lag p99, last minute", `${lag.samples} alert pushes`),
      figure("storage", ops.storage.status, ops.storage.kind));
    $("figures").querySelector("[data-figure=storage]").dataset.status = ops.storage.status;
    const self = ops.silos.find(s => s.address === ops.self);
    // Each silo counts what passes through it: say which one these numbers are from.
    $("measured").textContent = `Events, push lag and storage as measured by ${self ? self.name : ops.selfName}, the silo that answered; ` +
      `push lag runs from accepting the touchpoint (or staff command) behind an alert change to the floor's hub send (${lag.samples} in the last minute).`;
    $("silos").replaceChildren(...ops.silos.map(s =>
      el("tr", { "data-status": s.status, "data-address": s.address },
        el("td", { title: s.address }, s.address === ops.self ? `${s.name} (answered)` : s.name),
        el("td", { class: "address" }, s.address), el("td", {}, s.status), el("td", {}, s.activations))));
    $("orleans").hidden = !ops.orleansDashboard;
    if (ops.orleansDashboard) $("orleans").href = ops.orleansDashboard;
  }

  function problem(text) {
    $("problem").textContent = text;
    $("problem").hidden = !text;
    $("status").dataset.status = text ? "offline" : "live";
    $("status").textContent = text ? "offline" : "live";
  }

  async function refresh() {
    try {
      const response = await EG.api("/api/operations");
      if (response.ok) {
        render(await response.json());
        problem("");
      } else if (response.status !== 401) { // 401: EG.api is already taking the page back to the sign-in form
        problem(`Could not read the grid's state: ${EG.problem(response)}. Showing the last numbers read.`);
      }
    } catch (e) {
      console.warn("operations read failed", e);
      problem("The silo does not answer; retrying. Showing the last numbers read.");
    }
    setTimeout(refresh, refreshEvery);
  }

  refresh();
})();
