// Floor staff: live alerts of one venue by priority, claim and resolve; below them, nudges for waits nearing
// misery (never above an alert); WOW opportunities. Reconnects by itself.
"use strict";
(async () => {
  const { el, ago } = EG;
  const $ = id => document.getElementById(id);
  const alerts = new Map(); // alertId -> alert (open ones only)
  const drafts = new Map(); // alertId -> { action, note } typed but not sent yet
  const nudges = new Map(); // nudgeId -> open nudge
  // Latency probe: when an alert raised or updated by a touchpoint was first painted (read by the browser tests).
  window.egRendered = {};

  const session = await EG.requireSession($("signin"), "Demo users: staff.{venueId}, manager.{venueId} (password demo)");
  $("app").hidden = false;
  $("who").textContent = `${session.user} (${session.role})`;
  $("signout").addEventListener("click", EG.signOut);

  const names = await EG.api("/api/venues").then(r => r.ok ? r.json() : []).catch(() => []);
  const nameOf = id => (names.find(v => v.venueId === id) || {}).name || id;
  const params = new URLSearchParams(location.search);
  let venueId = session.venues.includes(params.get("venue")) ? params.get("venue") : session.venues[0];
  const zone = params.get("zone") || null;
  $("venue").replaceChildren(...session.venues.map(id => el("option", { value: id, selected: id === venueId }, nameOf(id))));

  const connection = EG.connect("/hubs/floor", session.token, setStatus, join, c => {
    c.on("alertRaised", upsert);
    c.on("alertUpdated", upsert);
    c.on("alertClosed", closed);
    c.on("alertEscalated", upsert);
    c.on("wowOpportunity", wow);
    c.on("nudgeRaised", n => { if (n.venueId === venueId) { nudges.set(n.nudgeId, n); renderNudges(); } });
    c.on("nudgeClosed", n => { nudges.delete(n.nudgeId); renderNudges(); });
  });

  $("venue").addEventListener("change", async e => {
    await connection.invoke("LeaveVenue", venueId, zone).catch(() => {});
    venueId = e.target.value;
    await join(connection);
  });

  // Group membership does not survive a reconnect: join again and take the venue's open alerts as the truth.
  async function join(c) {
    const open = await c.invoke("JoinVenue", venueId, zone);
    alerts.clear();
    open.forEach(a => alerts.set(a.alertId, a));
    render();
    const waiting = await c.invoke("VenueNudges", venueId, zone);
    nudges.clear();
    waiting.forEach(n => nudges.set(n.nudgeId, n));
    renderNudges();
  }

  function renderNudges() {
    const sorted = [...nudges.values()].sort((a, b) => Date.parse(a.miseryAt) - Date.parse(b.miseryAt));
    $("nudges").replaceChildren(...sorted.map(nudgeCard));
    $("nudge-count").textContent = String(sorted.length);
  }

  function nudgeCard(n) {
    const error = el("p", { class: "error", role: "alert" });
    const offer = async text => {
      try { await connection.invoke("OfferCare", n.venueId, n.nudgeId, text); } catch (e) { error.textContent = e.message.replace(/^.*HubException: /, ""); }
    };
    return el("li", { class: "nudge", "data-nudge-id": n.nudgeId, "data-customer-id": n.customerId },
      el("div", { class: "alert-head" },
        el("strong", { class: "name" }, n.displayName),
        el("span", { class: "tier" }, n.tier),
        el("span", { class: "where" }, n.zone || "venue"),
        el("span", { class: "left", "data-misery-at": n.miseryAt }, left(n.miseryAt))),
      el("p", { class: "reason" }, n.reason),
      el("div", { class: "offers" }, n.offers.map(o => el("button", { type: "button", class: "offer", onclick: () => offer(o) }, o))),
      error);
  }

  function left(miseryAt) {
    const seconds = Math.max(0, Math.round((Date.parse(miseryAt) - Date.now()) / 1000));
    return seconds === 0 ? "misery now" : `misery in ${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  }

  function setStatus(status) {
    $("status").textContent = status;
    $("status").dataset.status = status;
  }

  function upsert(alert) {
    if (alert.venueId !== venueId) return;
    alerts.set(alert.alertId, alert);
    render(alert.triggerEventId);
  }

  function closed(alert) {
    alerts.delete(alert.alertId);
    drafts.delete(alert.alertId);
    render();
  }

  function wow(opportunity) {
    if (opportunity.venueId !== venueId) return;
    const card = el("article", { class: "wow-card", "data-customer-id": opportunity.customerId },
      el("strong", {}, `Make it WOW: ${opportunity.displayName}`), ` (${opportunity.tier}${opportunity.zone ? ", " + opportunity.zone : ""})`,
      el("p", {}, opportunity.reason),
      el("ul", {}, opportunity.suggestions.map(s => el("li", {}, s))),
      el("button", { type: "button", class: "link", onclick: () => card.remove() }, "Done"));
    $("wows").prepend(card);
    while ($("wows").children.length > 5) $("wows").lastChild.remove();
  }

  function render(triggerEventId) {
    const sorted = [...alerts.values()].sort((a, b) => b.priority - a.priority || a.raisedAt.localeCompare(b.raisedAt));
    $("alerts").replaceChildren(...sorted.map(card));
    $("count").textContent = String(sorted.length);
    $("empty").hidden = sorted.length > 0;
    if (triggerEventId && !(triggerEventId in window.egRendered)) {
      requestAnimationFrame(() => { window.egRendered[triggerEventId] = Date.now(); });
    }
  }

  function card(a) {
    const mine = a.claimedBy === session.user;
    const draft = drafts.get(a.alertId) || { action: a.actions[0] || "", note: "" };
    const error = el("p", { class: "error", role: "alert" });
    const act = async (method, ...args) => {
      try { await connection.invoke(method, a.alertId, ...args); } catch (e) { error.textContent = e.message.replace(/^.*HubException: /, ""); }
    };
    return el("li", { class: `alert status-${a.status}`, "data-alert-id": a.alertId, "data-customer-id": a.customerId, "data-status": a.status },
      el("div", { class: "alert-head" },
        el("span", { class: "priority", title: "priority = severity × customer value" }, a.priority.toFixed(2)),
        el("strong", { class: "name" }, a.displayName),
        el("span", { class: "tier" }, `${a.tier} · value ${a.customerValue.toFixed(1)}`),
        el("span", { class: "where" }, a.zone || "venue"),
        el("span", { class: "since", "data-since": a.raisedAt }, ago(a.raisedAt))),
      el("div", { class: "state" }, a.status === "claimed" ? `claimed by ${a.claimedBy}` : a.status),
      el("ul", { class: "reasons" }, a.reasons.map(r => el("li", {}, r))),
      a.antiPatterns.length ? el("p", { class: "antipatterns" }, a.antiPatterns.map(p => el("span", { class: "chip" }, p))) : null,
      el("p", { class: "moments" }, a.moments.map(m =>
        el("span", { class: `chip ${m.recovered ? "recovered" : "misery"}` }, `${m.kind} ${new Date(m.at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}`))),
      el("fieldset", { class: "playbook" }, el("legend", {}, "Playbook"),
        a.actions.map(action => el("label", {},
          el("input", { type: "radio", name: `action-${a.alertId}`, value: action, checked: action === draft.action,
            onchange: () => drafts.set(a.alertId, { ...draft, action }) }), action))),
      el("div", { class: "buttons" },
        !a.claimedBy ? el("button", { type: "button", class: "claim", onclick: () => act("ClaimAlert") }, "Claim") : null,
        el("input", { class: "note", placeholder: "note (optional)", value: draft.note,
          oninput: e => drafts.set(a.alertId, { ...(drafts.get(a.alertId) || draft), note: e.target.value }) }),
        el("button", { type: "button", class: "resolve", disabled: !!a.claimedBy && !mine && session.role === "staff",
          onclick: () => {
            const d = drafts.get(a.alertId) || draft;
            act("ResolveAlert", d.action || "Spoke with the guest", d.note || null);
          } }, "Resolve")),
      error);
  }

  // Time since raised keeps ticking without re-rendering the cards (inputs keep their focus).
  setInterval(() => {
    document.querySelectorAll(".since").forEach(s => { s.textContent = ago(s.dataset.since); });
    document.querySelectorAll(".left").forEach(s => { s.textContent = left(s.dataset.miseryAt); });
  }, 1000);
})();
