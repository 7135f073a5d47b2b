// Chain dashboard: live venue tiles by region, totals, the misery heatmap and the trend; drill into venues and guests.
"use strict";
(async () => {
  const { el, percent } = EG;
  const $ = id => document.getElementById(id);
  const venues = new Map(); // venueId -> VenueSummary
  let chain = null;

  const session = await EG.requireSession($("signin"), "Demo users: chain.manager, region.{regionId}, manager.{venueId} (password demo)");
  $("app").hidden = false;
  $("who").textContent = `${session.user} (${session.role})`;
  $("signout").addEventListener("click", EG.signOut);
  if (session.role === "chainManager") watchCluster();

  EG.connect("/hubs/dashboard", session.token, setStatus, async c => {
    const snapshot = await c.invoke("GetSnapshot");
    venues.clear();
    snapshot.venues.forEach(v => venues.set(v.venueId, v));
    chain = snapshot.chain;
    renderAll();
    // dashboard.html#venue={venueId} opens that venue (the journey map links here).
    const wanted = new URLSearchParams(location.hash.slice(1)).get("venue");
    if (wanted && venues.has(wanted)) drill(wanted);
  }, c => {
    c.on("venueUpdated", v => {
      const known = venues.get(v.venueId);
      // Tiles come without the trend: keep the last one until chainUpdated brings a new one.
      venues.set(v.venueId, known ? { ...v, live: { ...v.live, trend: known.live.trend } } : v);
      renderTile(venues.get(v.venueId));
    });
    c.on("chainUpdated", summary => {
      chain = summary;
      renderTotals();
      renderTrend();
      renderHeatmap();
    });
    c.on("followUpTask", followUp);
  });

  // The silos of the grid, their membership status and activations, every 5 s (chain managers only).
  function watchCluster() {
    $("cluster").hidden = false;
    async function refresh() {
      try {
        const response = await EG.api("/api/cluster");
        if (!response.ok) return;
        const cluster = await response.json();
        $("silos").replaceChildren(...cluster.silos.map(s =>
          el("tr", { "data-status": s.status }, el("td", { title: s.address }, s.address === cluster.self ? `${s.name} (this one)` : s.name),
            el("td", {}, s.status), el("td", {}, s.activations))));
      } catch (e) {
        console.warn("cluster view failed", e);
      }
    }
    refresh();
    setInterval(refresh, 5000);
  }

  function setStatus(status) {
    $("status").textContent = status;
    $("status").dataset.status = status;
  }

  function renderAll() {
    const byRegion = new Map();
    [...venues.values()].forEach(v => byRegion.set(v.regionId, [...(byRegion.get(v.regionId) || []), v]));
    const regionName = id => ((chain && chain.regions.find(r => r.regionId === id)) || {}).name || id;
    $("regions").replaceChildren(...[...byRegion.entries()].map(([regionId, list]) =>
      el("section", { class: "region", "data-region-id": regionId },
        el("h2", {}, regionName(regionId)),
        el("div", { class: "tiles" }, list.map(v => el("article", { class: "tile", "data-venue-id": v.venueId, tabindex: 0,
          onclick: () => drill(v.venueId) }))))));
    venues.forEach(renderTile);
    renderTotals();
    renderTrend();
    renderHeatmap();
  }

  function renderTile(v) {
    const tile = document.querySelector(`.tile[data-venue-id="${CSS.escape(v.venueId)}"]`);
    if (!tile) return renderAll();
    const live = v.live;
    tile.classList.toggle("hot", live.openAlerts > 0);
    tile.replaceChildren(
      el("h3", {}, v.name),
      el("dl", {},
        el("dt", {}, "visitors"), el("dd", { "data-field": "currentVisitors" }, live.currentVisitors),
        el("dt", {}, "avg score"), el("dd", { "data-field": "averageVisitScore" }, live.averageVisitScore === null ? "–" : live.averageVisitScore.toFixed(0)),
        el("dt", {}, "open alerts"), el("dd", { "data-field": "openAlerts" }, live.openAlerts),
        el("dt", {}, "recovery"), el("dd", { "data-field": "recoveryRate" }, percent(live.recoveryRate)),
        el("dt", {}, "prevented"), el("dd", { "data-field": "miseriesPrevented", title: `prevention rate ${percent(live.preventionRate)}` }, live.miseriesPrevented)),
      el("p", { class: "moments" },
        el("span", { class: "misery" }, live.lastHour.misery), " / ",
        el("span", { class: "mediocrity" }, live.lastHour.mediocrity), " / ",
        el("span", { class: "wow" }, live.lastHour.wow)));
  }

  function renderTotals() {
    if (!chain) return;
    $("totals").replaceChildren(...[
      ["venues", chain.venues], ["visitors", chain.currentVisitors],
      ["avg score", chain.averageVisitScore === null ? "–" : chain.averageVisitScore.toFixed(0)],
      ["open alerts", chain.openAlerts], ["recovery rate", percent(chain.recoveryRate)],
      ["miseries prevented", chain.miseriesPrevented], ["prevention rate", percent(chain.preventionRate)],
      ["misery / hour", chain.lastHour.misery], ["WOW / hour", chain.lastHour.wow]
    ].map(([label, value]) => el("div", { class: "total" }, el("span", { class: "value" }, value), el("span", { class: "label" }, label))));
  }

  function renderTrend() {
    const svg = $("trend");
    const points = (chain && chain.trend) || [];
    const now = Math.floor(Date.now() / 60000);
    const max = Math.max(1, ...points.map(p => Math.max(p.misery, p.mediocrity, p.wow)));
    const x = p => (8 + 584 * (59 - Math.min(59, now - p.minute)) / 59).toFixed(1); // oldest minute left, this minute right
    const y = (p, key) => (155 - 150 * p[key] / max).toFixed(1);
    const ns = "http://www.w3.org/2000/svg";
    const shape = (tag, attributes) => {
      const node = document.createElementNS(ns, tag);
      Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
      return node;
    };
    svg.replaceChildren(...["misery", "mediocrity", "wow"].flatMap(key => [
      shape("polyline", { points: points.map(p => `${x(p)},${y(p, key)}`).join(" "), class: key }),
      ...points.map(p => shape("rect", { x: x(p) - 3, y: y(p, key) - 3, width: 6, height: 6, class: key }))
    ]));
  }

  // Misery by touchpoint × venue from the tiles' moments by touchpoint; redrawn with the totals, once per chainUpdated.
  function renderHeatmap() {
    const rows = [...venues.values()];
    const misery = (v, k) => ((v.live.touchpoints || {})[k] || {}).misery || 0;
    const kinds = [...new Set(rows.flatMap(v => Object.keys(v.live.touchpoints || {}).filter(k => misery(v, k) > 0)))].sort();
    const max = Math.max(1, ...rows.flatMap(v => kinds.map(k => misery(v, k))));
    $("heatmap").replaceChildren(
      el("thead", {}, el("tr", {}, el("th", {}, "venue"), kinds.map(k => el("th", { scope: "col" }, k)))),
      el("tbody", {}, rows.map(v => el("tr", {}, el("th", { scope: "row" }, v.name), kinds.map(k => {
        const n = misery(v, k);
        return el("td", { style: `--heat:${(n / max).toFixed(2)}`, title: `${v.name} · ${k}: ${n}` }, n || "");
      })))));
  }

  async function drill(venueId) {
    const v = venues.get(venueId);
    const open = await EG.api(`/api/alerts?venueId=${encodeURIComponent(venueId)}`).then(r => r.json());
    const live = v.live;
    $("drill").hidden = false;
    $("drill").replaceChildren(
      el("h2", {}, v.name, " ", el("button", { type: "button", class: "link", onclick: () => { $("drill").hidden = true; } }, "close")),
      el("p", {}, `${live.currentVisitors} visitors · ${live.atRiskTotal} alerted visits · ${live.escalatedTotal} escalated · ` +
        `time to claim ${live.averageTimeToClaimSeconds === null ? "–" : live.averageTimeToClaimSeconds + " s"} · recovery ${percent(live.recoveryRate)} · ` +
        `${live.nudgesRaised} nudges, ${live.miseriesPrevented} miseries prevented (${percent(live.preventionRate)})`),
      el("h3", {}, "Open alerts"),
      open.length ? el("ol", {}, open.map(a => el("li", {}, el("a", { href: "#", onclick: e => { e.preventDefault(); customer(a.customerId); } },
        a.displayName || a.customerId), ` · priority ${a.priority} · ${a.reasons[0] || ""}`))) : el("p", { class: "empty" }, "none"),
      el("div", { id: "customer" }));
  }

  async function customer(customerId) {
    const response = await EG.api(`/api/customers/${encodeURIComponent(customerId)}`);
    if (!response.ok) return;
    const c = await response.json();
    const visit = c.visit;
    $("customer").replaceChildren(
      el("h3", {}, customerId, ` · ${c.loyalty.tier} · loyalty ${c.loyalty.score.toFixed(0)}`),
      visit ? el("div", {},
        el("p", {}, `Visit score ${visit.score.toFixed(1)} = base ${visit.explanation.base.toFixed(1)} plus:`),
        el("ul", { class: "explanation" }, visit.explanation.contributions.map(x =>
          el("li", { class: x.delta < 0 ? "misery" : "wow" }, `${x.delta >= 0 ? "+" : ""}${x.delta.toFixed(1)} ${x.reason || x.kind || x.eventId || ""}`)))) :
        el("p", {}, "No open visit."));
  }

  function followUp(task) {
    const list = $("followups");
    list.querySelector(".empty")?.remove();
    list.prepend(el("li", {}, el("strong", {}, task.customerId), ` at ${(venues.get(task.venueId) || {}).name || task.venueId}: ${task.reason}`));
    while (list.children.length > 20) list.lastChild.remove();
  }
})();
