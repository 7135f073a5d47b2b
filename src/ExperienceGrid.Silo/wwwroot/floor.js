// Floor staff on a phone: live alerts of one venue by priority, readable at a glance (guest, level, what happened)
// with one-tap claim and resolve (undoable for a few seconds); the details fold out. Below them, nudges for waits
// nearing misery (never above an alert); WOW opportunities. A new alert animates in, is announced, vibrates and (if chosen) chimes. Offline, the
// lists grey out under a banner and never claim that nobody is at risk. Reconnects by itself. A WOW or a recovery the
// grid credits to the signed-in person brings a short thank-you card.
"use strict";
(async () => {
  const { el, ago } = EG;
  const $ = id => document.getElementById(id);
  const alerts = new Map(); // alertId -> alert (open ones only)
  const fresh = new Set(); // alertIds animating in
  const resolving = new Map(); // alertId -> timer: resolved on this phone, sent once the Undo window passes
  const failed = new Map(); // alertId -> why its resolve was refused (shown on the card that came back)
  const nudges = new Map(); // nudgeId -> open nudge
  const undoWindow = 5000;
  // The open fold and a half-typed action or note, per alert, survive a reload (phones reload background tabs).
  const kept = {
    key: id => `eg.floor.alert.${id}`,
    get: id => { try { return JSON.parse(sessionStorage.getItem(kept.key(id))) || {}; } catch { return {}; } },
    set: (id, change) => { try { sessionStorage.setItem(kept.key(id), JSON.stringify({ ...kept.get(id), ...change })); } catch { /* full: not kept */ } },
    drop: id => sessionStorage.removeItem(kept.key(id)),
    // Alerts closed while the page was away leave nothing behind.
    keepOnly: ids => Object.keys(sessionStorage).filter(k => k.startsWith(kept.key("")) && !ids.includes(k.slice(kept.key("").length)))
      .forEach(k => sessionStorage.removeItem(k))
  };
  let status = "connecting";
  let synced = false; // the lists reflect the venue since the last (re)connect
  let joins = 0;
  // Latency probe: when an alert raised or updated by a touchpoint was first painted (read by the browser tests).
  window.egRendered = {};

  const session = await EG.requireSession($("signin"), "Demo users: staff.{venueId}, manager.{venueId} (password demo)");
  $("app").hidden = false;
  $("status").hidden = false; // a connection state means nothing before anyone signed in
  $("signout").addEventListener("click", EG.signOut);
  FloorNotify.wireChime($("chime"));

  const names = await EG.names().catch(EG.fail);
  if (!names) return;
  $("who").textContent = names.user(session.user);
  const params = new URLSearchParams(location.search);
  const asked = params.get("venue");
  let venueId = session.venues.includes(asked) ? asked : session.venues[0];
  if (asked && asked !== venueId) {
    $("notice").textContent = `You may not see the venue "${asked}"; showing ${names.venue(venueId)} instead.`;
    $("notice").hidden = false;
  }
  const zone = params.get("zone") || null;
  $("venue").replaceChildren(...session.venues.map(id => el("option", { value: id, selected: id === venueId }, names.venue(id))));
  setStatus(status);

  const connection = EG.connect("/hubs/floor", session.token, setStatus, join, c => {
    c.on("alertRaised", raised);
    c.on("alertUpdated", upsert);
    c.on("alertClosed", closed);
    c.on("alertEscalated", upsert);
    c.on("wowOpportunity", wow);
    c.on("recognized", thank);
    c.on("nudgeRaised", n => { if (n.venueId === venueId) { nudges.set(n.nudgeId, n); renderNudges(); } });
    c.on("nudgeClosed", n => { nudges.delete(n.nudgeId); renderNudges(); });
  });

  $("venue").addEventListener("change", async e => {
    await connection.invoke("LeaveVenue", venueId, zone).catch(() => {});
    venueId = e.target.value;
    $("notice").hidden = true;
    joins = 0;
    await join(connection);
  });

  // Group membership does not survive a reconnect: join again and take the venue's open alerts as the truth.
  // Alerts raised while the page was away are new to the person holding it: they get the full entrance.
  async function join(c) {
    const open = await c.invoke("JoinVenue", venueId, zone);
    const known = new Set(alerts.keys());
    alerts.clear();
    open.forEach(a => alerts.set(a.alertId, a));
    kept.keepOnly(open.map(a => a.alertId));
    const missed = joins++ > 0 ? open.filter(a => !known.has(a.alertId)) : [];
    const waiting = await c.invoke("VenueNudges", venueId, zone);
    nudges.clear();
    waiting.forEach(n => nudges.set(n.nudgeId, n));
    synced = true;
    missed.forEach(notify);
    render();
    renderNudges();
  }

  function setStatus(next) {
    status = next;
    if (status !== "live" && status !== "degraded") synced = false;
    $("status").textContent = status;
    $("status").dataset.status = status;
    const stale = status !== "live";
    $("stale").hidden = !stale;
    $("stale").textContent = status === "degraded"
      ? "degraded — the grid cannot store events right now; this list may be stale"
      : status === "connecting" ? "connecting — the list is not loaded yet"
      : "offline — reconnecting; this list may be stale";
    $("live-lists").classList.toggle("stale", stale);
    $("live-lists").setAttribute("aria-busy", String(stale));
    renderEmpty();
  }

  // "Nobody at risk" is a promise: only made while live and caught up.
  function renderEmpty() {
    $("empty").hidden = alerts.size > 0 || status !== "live" || !synced;
  }

  function raised(alert) {
    if (alert.venueId !== venueId) return;
    const isNew = !alerts.has(alert.alertId);
    alerts.set(alert.alertId, alert);
    if (isNew) notify(alert);
    render(alert.triggerEventId);
  }

  function notify(alert) {
    fresh.add(alert.alertId);
    const level = names.priority(alert.priority);
    FloorNotify.newAlert($("announcer"), `New alert, ${level.label}: ${alert.displayName}. ${alert.reasons[0] || ""}`);
  }

  function upsert(alert) {
    if (alert.venueId !== venueId) return;
    alerts.set(alert.alertId, alert);
    render(alert.triggerEventId);
  }

  function closed(alert) {
    alerts.delete(alert.alertId);
    kept.drop(alert.alertId);
    fresh.delete(alert.alertId);
    failed.delete(alert.alertId);
    if (resolving.has(alert.alertId)) forgetResolve(alert.alertId); // closed elsewhere meanwhile: nothing to send
    render();
  }

  function wow(opportunity) {
    if (opportunity.venueId !== venueId) return;
    const where = [names.tier(opportunity.tier), names.zone(opportunity.zone)].filter(Boolean).join(" · ");
    const card = el("article", { class: "wow-card", "data-customer-id": opportunity.customerId },
      el("strong", {}, `★ Make it ${names.moment("wow")}: ${opportunity.displayName}`), ` (${where})`,
      el("p", {}, opportunity.reason),
      el("ul", {}, opportunity.suggestions.map(s => el("li", {}, s))),
      el("button", { type: "button", class: "link", title: "hide this card on this screen", onclick: () => card.remove() }, "Hide"));
    $("wows").prepend(card);
    while ($("wows").children.length > 5) $("wows").lastChild.remove();
  }

  // A thank-you for the person holding the phone (the hub sends only their own), announced; the newest three are kept.
  function thank(r) {
    if (r.venueId !== venueId) return;
    const text = r.kind === "recovery"
      ? `Thank you — ${r.displayName} left happy`
      : `Thank you — a ${names.moment("wow")} for ${r.displayName} at ${names.touchpoint(r.touchpoint)}`;
    const card = el("article", { class: `thanks-card kind-${r.kind}`, "data-recognition-id": r.id, "data-customer-id": r.customerId },
      el("p", {}, text),
      el("button", { type: "button", class: "link", "aria-label": `Dismiss: ${text}`, onclick: () => card.remove() }, "Dismiss"));
    $("thanks").querySelector(`[data-recognition-id="${CSS.escape(r.id)}"]`)?.remove();
    $("thanks").prepend(card);
    while ($("thanks").children.length > 3) $("thanks").lastChild.remove();
    FloorNotify.announce($("announcer"), `${text}.`);
  }

  function render(triggerEventId) {
    const sorted = [...alerts.values()].filter(a => !resolving.has(a.alertId)).sort((a, b) => b.priority - a.priority || a.raisedAt.localeCompare(b.raisedAt));
    $("alerts").replaceChildren(...sorted.map(card));
    $("count").textContent = String(sorted.length);
    renderEmpty();
    if (triggerEventId && !(triggerEventId in window.egRendered)) {
      requestAnimationFrame(() => { window.egRendered[triggerEventId] = Date.now(); });
    }
  }

  const claimedBy = a => `${names.status("claimed")} by ${names.user(a.claimedBy)}`;

  function stateText(a) {
    if (a.status === "claimed") return claimedBy(a);
    if (a.status === "escalated" && a.claimedBy) return `${names.status("escalated")} · ${names.status("claimed").toLowerCase()} by ${names.user(a.claimedBy)}`;
    return names.status(a.status);
  }

  function card(a) {
    const mine = a.claimedBy === session.user;
    const draft = { action: a.actions[0] || "", note: "", ...kept.get(a.alertId) };
    const level = names.priority(a.priority);
    const error = el("p", { class: "error", role: "alert" }, failed.get(a.alertId) || "");
    const act = async (method, ...args) => {
      try { await connection.invoke(method, a.alertId, ...args); } catch (e) { error.textContent = hubError(e); }
    };
    const time = iso => new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
    // Staff may not resolve a colleague's claim: the greyed button says whose it is.
    const othersClaim = !!a.claimedBy && !mine && session.role === "staff";
    const details = el("details", { class: "more", open: !!draft.open },
      el("summary", {}, "Why and what to do"),
      a.reasons.length > 1 ? el("ul", { class: "reasons" }, a.reasons.slice(1).map(r => el("li", {}, r))) : null,
      a.antiPatterns.length ? el("p", { class: "antipatterns" }, a.antiPatterns.map(p => el("span", { class: "chip" }, names.antiPattern(p)))) : null,
      el("p", { class: "moments" }, a.moments.map(m => m.recovered
        ? el("span", { class: "chip recovered", title: "recovered" }, `✓ ${names.touchpoint(m.kind)} ${time(m.at)} · recovered`)
        : el("span", { class: "chip misery" }, `✗ ${names.touchpoint(m.kind)} ${time(m.at)}`))),
      el("fieldset", { class: "playbook" }, el("legend", {}, "Playbook: what you did"),
        a.actions.map(action => el("label", {},
          el("input", { type: "radio", name: `action-${a.alertId}`, value: action, checked: action === draft.action,
            onchange: () => kept.set(a.alertId, { action }) }), action))),
      el("input", { class: "note", placeholder: "note (optional)", "aria-label": "Note", value: draft.note,
        oninput: e => kept.set(a.alertId, { note: e.target.value }) }));
    details.addEventListener("toggle", () => kept.set(a.alertId, { open: details.open }));
    const node = el("li", {
      class: `alert level-${level.level} status-${a.status}${fresh.has(a.alertId) ? " fresh" : ""}`,
      "data-alert-id": a.alertId, "data-customer-id": a.customerId, "data-status": a.status, "data-level": level.level
    },
      el("div", { class: "alert-top" },
        el("span", { class: `priority level-${level.level}`, title: `priority ${a.priority.toFixed(2)} (severity × customer value)` }, level.label),
        el("span", { class: "state" }, stateText(a)),
        el("span", { class: "since", "data-since": a.raisedAt }, ago(a.raisedAt))),
      el("strong", { class: "name" }, a.displayName),
      el("p", { class: "who" }, `${names.tier(a.tier)} · ${names.zone(a.zone) || "anywhere in the venue"}`),
      el("p", { class: "top-reason" }, a.reasons[0] || ""),
      el("div", { class: "buttons" },
        !a.claimedBy ? el("button", { type: "button", class: "claim", onclick: () => act("ClaimAlert") }, "Claim") : null,
        el("button", { type: "button", class: "resolve", disabled: othersClaim,
          title: othersClaim ? "only they (or a manager) can resolve it" : `resolves with: ${draft.action || "Spoke with the guest"}`,
          onclick: () => resolveLater(a) }, othersClaim ? claimedBy(a) : "Resolve")),
      details,
      error);
    node.addEventListener("animationend", () => { fresh.delete(a.alertId); node.classList.remove("fresh"); });
    return node;
  }

  // A mistaken tap is easy on a phone in a busy room: the card goes at once, but the command waits out the Undo window.
  function resolveLater(a) {
    failed.delete(a.alertId);
    const undo = el("button", { type: "button", class: "link undo", onclick: () => { forgetResolve(a.alertId); render(); } }, "Undo");
    $("toasts").append(el("p", { class: "toast", "data-alert-id": a.alertId }, `Resolved — ${a.displayName} `, undo));
    resolving.set(a.alertId, setTimeout(() => sendResolve(a.alertId), undoWindow));
    render();
    undo.focus();
  }

  async function sendResolve(alertId) {
    forgetResolve(alertId);
    const d = kept.get(alertId);
    try {
      await connection.invoke("ResolveAlert", alertId, d.action || alerts.get(alertId)?.actions[0] || "Spoke with the guest", d.note || null);
    } catch (e) {
      // Refused or not delivered: the card comes back (if still open) and says why.
      failed.set(alertId, `Not resolved: ${hubError(e)}`);
      render();
    }
  }

  function forgetResolve(alertId) {
    clearTimeout(resolving.get(alertId));
    resolving.delete(alertId);
    document.querySelector(`.toast[data-alert-id="${CSS.escape(alertId)}"]`)?.remove();
  }

  function hubError(e) {
    return e.message.replace(/^.*HubException: /, "");
  }

  function renderNudges() {
    const sorted = [...nudges.values()].sort((a, b) => Date.parse(a.miseryAt) - Date.parse(b.miseryAt));
    $("nudges").replaceChildren(...sorted.map(nudgeCard));
    $("nudge-count").textContent = String(sorted.length);
  }

  function nudgeCard(n) {
    const error = el("p", { class: "error", role: "alert" });
    const offer = async text => {
      try { await connection.invoke("OfferCare", n.venueId, n.nudgeId, text); } catch (e) { error.textContent = hubError(e); }
    };
    return el("li", { class: "nudge", "data-nudge-id": n.nudgeId, "data-customer-id": n.customerId },
      el("div", { class: "alert-top" },
        el("strong", { class: "name" }, n.displayName),
        el("span", { class: "left", "data-misery-at": n.miseryAt }, left(n.miseryAt))),
      el("p", { class: "who" }, `${names.tier(n.tier)} · ${names.zone(n.zone) || "anywhere in the venue"}`),
      el("p", { class: "reason" }, n.reason),
      el("div", { class: "offers" }, n.offers.map(o => el("button", { type: "button", class: "offer", onclick: () => offer(o) }, o))),
      error);
  }

  function left(miseryAt) {
    const seconds = Math.max(0, Math.round((Date.parse(miseryAt) - Date.now()) / 1000));
    return seconds === 0 ? "misery now" : `misery in ${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  }

  // Time since raised keeps ticking without re-rendering the cards (inputs keep their focus).
  setInterval(() => {
    document.querySelectorAll(".since").forEach(s => { s.textContent = ago(s.dataset.since); });
    document.querySelectorAll(".left").forEach(s => { s.textContent = left(s.dataset.miseryAt); });
  }, 1000);
})();
