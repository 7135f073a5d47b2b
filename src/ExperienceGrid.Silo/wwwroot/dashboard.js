// Chain dashboard: totals, charts (moments per minute, time to claim and recovery by venue), the misery heatmap,
// the stored follow-ups and WOW opportunities, live venue tiles by region; drill into venues and guests.
"use strict";
(async () => {
  const { el, percent } = EG;
  const $ = id => document.getElementById(id);
  const venues = new Map(); // venueId -> VenueSummary
  const followUps = new Map(); // id -> FollowUp (open)
  const kinds = ["misery", "mediocrity", "wow"];
  const colours = { misery: "#c8372d", mediocrity: "#9a8f6a", wow: "#1f8a4c" };
  let chain = null;

  const session = await EG.requireSession($("signin"), "Demo users: chain.manager, region.{regionId}, manager.{venueId} (password demo)");
  const names = await EG.names().catch(EG.fail);
  if (!names) return;
  const manages = ["venueManager", "regionManager", "chainManager"].includes(session.role);
  $("app").hidden = false;
  // The demo's user names already say the role ("chain.manager"): the role goes in the tooltip.
  $("who").textContent = `Signed in as ${session.user}`;
  $("who").title = EG.roleName(session.role);
  $("signout").addEventListener("click", EG.signOut);
  if (session.role === "chainManager") watchCluster();

  const samples = DashboardCharts.samples(session.user);
  const moments = DashboardCharts.line($("moments-chart"), kinds.map(k => ({ label: names.moment(k), stroke: colours[k] })),
    { xLabel: "time", yLabel: "moments / min", minWindow: 3600, counts: true });
  const trends = { claim: null, recovery: null }; // per-venue charts, rebuilt when the venues with data change
  const trendVenues = [[], []];

  EG.connect("/hubs/dashboard", session.token, setStatus, async c => {
    const snapshot = await c.invoke("GetSnapshot");
    venues.clear();
    snapshot.venues.forEach(v => venues.set(v.venueId, v));
    chain = snapshot.chain;
    samples.take([...venues.values()]);
    renderAll();
    await loadFollowUps();
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
      // Venue managers get each of their venues' totals ("venue:{id}"); one venue's are theirs, several need folding.
      if (summary.scope.startsWith("venue:") && venues.size > 1) return refreshTotals(c);
      chain = summary;
      renderTotals();
      renderMoments();
      renderHeatmap();
    });
    c.on("followUpTask", f => { followUps.set(f.id, f); renderFollowUps(); });
    c.on("followUpDone", f => { followUps.delete(f.id); renderFollowUps(); });
  });

  // The totals of several venues, folded by the grid; at most one read at a time.
  let refreshing = null;
  function refreshTotals(c) {
    refreshing ??= c.invoke("GetSnapshot")
      .then(snapshot => { chain = snapshot.chain; renderTotals(); renderMoments(); renderHeatmap(); })
      .catch(e => console.warn("dashboard totals failed", e))
      .finally(() => { refreshing = null; });
  }

  // Every minute: a sample of each venue's running averages for the trend charts; also refreshes "… ago".
  setInterval(() => {
    if (venues.size) samples.take([...venues.values()]);
    renderTrends();
    renderFollowUps();
  }, 60000);

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
    $("regions").replaceChildren(...[...byRegion.entries()].map(([regionId, list]) =>
      el("section", { class: "region", "data-region-id": regionId },
        el("h2", {}, names.region(regionId)),
        el("div", { class: "tiles" }, list.map(v => el("article", { class: "tile", "data-venue-id": v.venueId, tabindex: 0,
          onclick: () => drill(v.venueId) }))))));
    venues.forEach(renderTile);
    renderTotals();
    renderMoments();
    renderTrends();
    renderHeatmap();
    renderFollowUps();
  }

  const score = s => s === null || s === undefined ? "–" : s.toFixed(0);

  function renderTile(v) {
    const tile = document.querySelector(`.tile[data-venue-id="${CSS.escape(v.venueId)}"]`);
    if (!tile) return renderAll();
    const live = v.live;
    tile.classList.toggle("hot", live.openAlerts > 0);
    const row = (field, label, value, title) => [el("dt", { title }, label), el("dd", { "data-field": field, title }, value)];
    tile.replaceChildren(
      el("h3", {}, v.name),
      el("dl", {},
        row("currentVisitors", "Guests now", live.currentVisitors),
        row("averageVisitScore", "Visit score", score(live.averageVisitScore), "average score of the open visits, 0–100"),
        row("openAlerts", "Open alerts", live.openAlerts),
        row("recoveryRate", "Recovered", percent(live.recoveryRate), "alerted visits that ended better than at the alert"),
        row("miseriesPrevented", "Prevented", live.miseriesPrevented, `miseries prevented by answered nudges; prevention rate ${percent(live.preventionRate)}`)),
      el("p", { class: "moments", title: "moments in the last 60 minutes" }, "Last hour: ",
        kinds.flatMap((k, i) => [i ? " · " : "", el("span", { class: k }, `${live.lastHour[k]} ${names.moment(k)}`)])));
  }

  function renderTotals() {
    if (!chain) return;
    const total = (label, value, unit, title) =>
      el("div", { class: "total", title }, el("span", { class: "label" }, label), el("span", { class: "value" }, value, unit ? el("small", {}, unit) : null));
    $("totals").replaceChildren(
      total("Venues", chain.venues),
      total("Guests in venues", chain.currentVisitors, " now"),
      total("Average visit score", score(chain.averageVisitScore), " / 100", "open visits, weighted by guests"),
      total("Open alerts", chain.openAlerts, null, "guests at risk nobody has resolved yet"),
      total("Recovery rate", percent(chain.recoveryRate), null, "alerted visits that ended better than at the alert"),
      total("Miseries prevented", chain.miseriesPrevented, null, `waits answered before they turned to misery; prevention rate ${percent(chain.preventionRate)}`),
      total(`${names.moment("misery")} moments`, chain.lastHour.misery, " / hour", "last 60 minutes"),
      total(`${names.moment("wow")} moments`, chain.lastHour.wow, " / hour", "last 60 minutes"));
  }

  // Moments per minute of the last 60 minutes (event time), summed over the venues; minutes without moments are 0.
  function renderMoments() {
    const by = new Map(((chain && chain.trend) || []).map(p => [p.minute, p]));
    const now = Math.floor(Date.now() / 60000);
    const x = [], series = kinds.map(() => []);
    for (let minute = now - 59; minute <= now; minute++) {
      x.push(minute * 60);
      kinds.forEach((k, i) => series[i].push((by.get(minute) || {})[k] || 0));
    }
    moments.setData(x, ...series);
    // What the lines add up to, for screen readers (a canvas says nothing).
    $("moments-chart").setAttribute("aria-label", `In the chart: ${kinds.map((k, i) =>
      `${series[i].reduce((a, b) => a + b, 0)} ${names.moment(k)}`).join(", ")} moments`);
  }

  // Each venue's running averages (time to claim, recovery rate) as sampled by this page; a venue joins a chart once
  // it has a value (a claimed alert, an alerted visit that ended), so legends name only venues with something to show.
  function renderTrends() {
    const list = samples.list;
    const x = list.map(s => s.t);
    const withData = index => [...venues.values()].filter(v => list.some(s => ((s.v[v.venueId] || [])[index] ?? null) !== null));
    const series = (index, scale) => trendVenues[index].map(v => list.map(s => {
      const value = (s.v[v.venueId] || [])[index];
      return value === null || value === undefined ? null : value * scale;
    }));
    [[0, "claim", 1], [1, "recovery", 100]].forEach(([index, chart, scale]) => {
      const shown = withData(index);
      if (!trends[chart] || shown.map(v => v.venueId).join() !== trendVenues[index].map(v => v.venueId).join()) {
        trends[chart]?.destroy();
        trendVenues[index] = shown;
        const strokes = DashboardCharts.palette(shown.length);
        trends[chart] = DashboardCharts.line($(`${chart}-chart`), shown.map((v, i) => ({ label: v.name, stroke: strokes[i] })), chart === "claim"
          ? { xLabel: "sampled each minute", yLabel: "seconds", format: v => `${Math.round(v)} s`, yMin: 10, minWindow: 1800, live: false }
          : { xLabel: "sampled each minute", yLabel: "recovered", format: v => `${Math.round(v)}%`, yMin: 100, minWindow: 1800, live: false });
      }
      trends[chart].setData(x, ...series(index, scale));
    });
    document.querySelectorAll("[data-note=samples]").forEach(p => {
      p.textContent = `Each venue's running average, sampled every minute by this screen since ${samples.since()}. ` +
        "Venues appear once they have a claimed alert (time to claim) or an alerted visit that ended (recovery).";
    });
  }

  // Misery moments by venue × touchpoint from the tiles' moments by touchpoint; busiest touchpoints first.
  function renderHeatmap() {
    const rows = [...venues.values()];
    const misery = (v, k) => ((v.live.touchpoints || {})[k] || {}).misery || 0;
    const totals = new Map();
    rows.forEach(v => Object.keys(v.live.touchpoints || {}).forEach(k => totals.set(k, (totals.get(k) || 0) + misery(v, k))));
    const columns = [...totals.entries()].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]).map(([k]) => k);
    const max = Math.max(1, ...rows.flatMap(v => columns.map(k => misery(v, k))));
    $("heat-scale").replaceChildren(
      el("span", {}, "0"), el("span", { class: "heat-bar", role: "img", "aria-label": `from 0 to ${max} misery moments` }),
      el("span", {}, `${max} ${names.moment("misery").toLowerCase()} moments per cell`));
    if (!columns.length) {
      $("heatmap").replaceChildren(el("tbody", {}, el("tr", {}, el("td", { class: "empty" }, "No misery in the last 60 minutes."))));
      return;
    }
    $("heatmap").replaceChildren(
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Venue"), columns.map(k => el("th", { scope: "col", "data-touchpoint": k }, names.touchpoint(k))))),
      el("tbody", {}, rows.map(v => el("tr", {}, el("th", { scope: "row" }, v.name), columns.map(k => {
        const n = misery(v, k);
        return el("td", { style: `--heat:${(n / max).toFixed(2)}`, class: n / max > 0.55 ? "hot" : null, title: `${v.name} · ${names.touchpoint(k)}: ${n}` }, n || "");
      })))));
  }

  async function loadFollowUps() {
    const response = await EG.api("/api/followups");
    if (!response.ok) return;
    followUps.clear();
    (await response.json()).forEach(f => followUps.set(f.id, f));
    renderFollowUps();
  }

  function renderFollowUps() {
    const open = [...followUps.values()].sort((a, b) => b.at.localeCompare(a.at));
    const care = open.filter(f => f.kind === "followUp");
    const wows = open.filter(f => f.kind === "wow");
    $("followup-count").textContent = care.length ? `${care.length} open` : "";
    $("wow-count").textContent = wows.length ? `${wows.length} open` : "";
    $("followups").replaceChildren(...(care.length ? care.map(followUpItem) : [el("li", { class: "empty" }, "Nothing to follow up.")]));
    $("wows").replaceChildren(...(wows.length ? wows.map(followUpItem) : [el("li", { class: "empty" }, "None open.")]));
  }

  function followUpItem(f) {
    const what = f.kind === "wow"
      ? [`At ${names.touchpoint(f.touchpoint)}. Try: `, f.suggestions.join("; ")]
      : ["Unrecovered: ", f.unrecovered.map(k => names.touchpoint(k)).join(", ")];
    return el("li", { class: `followup kind-${f.kind}`, "data-id": f.id, title: f.reason },
      el("div", { class: "followup-head" },
        el("strong", {}, f.displayName), el("span", { class: "tier" }, names.tier(f.tier)),
        el("span", { class: "since", title: new Date(f.at).toLocaleString() }, `${EG.ago(f.at)} ago`)),
      el("div", { class: "where" }, names.venue(f.venueId)),
      el("div", {}, ...what),
      manages ? el("button", { type: "button", class: "done", onclick: e => markDone(f, e.currentTarget) }, "Done") : null);
  }

  async function markDone(f, button) {
    button.disabled = true;
    const failed = why => {
      button.disabled = false;
      button.textContent = "Done (failed, retry)";
      button.title = why;
    };
    try {
      const response = await EG.api(`/api/followups/${encodeURIComponent(f.id)}/done`, { method: "POST" });
      // 404: someone marked it done already.
      if (response.ok || response.status === 404) {
        followUps.delete(f.id);
        renderFollowUps();
      } else {
        failed(EG.problem(response));
      }
    } catch (e) {
      console.warn("marking done failed", e);
      failed("no connection to the grid");
    }
  }

  async function drill(venueId) {
    const v = venues.get(venueId);
    let open;
    try {
      const response = await EG.api(`/api/alerts?venueId=${encodeURIComponent(venueId)}`);
      if (!response.ok) throw new Error(EG.problem(response));
      open = await response.json();
    } catch (e) {
      console.warn("venue alerts failed", e);
      $("drill").hidden = false;
      $("drill").replaceChildren(el("p", { class: "error", role: "alert" }, `Could not read ${v.name}'s alerts: ${e.message}.`));
      return;
    }
    const live = v.live;
    const fact = (label, value) => el("div", { class: "fact" }, el("span", { class: "label" }, label), el("span", { class: "value" }, value));
    $("drill").hidden = false;
    $("drill").replaceChildren(
      el("h2", {}, v.name, " ", el("button", { type: "button", class: "link", onclick: () => { $("drill").hidden = true; } }, "close")),
      el("div", { class: "facts" },
        fact("Guests now", live.currentVisitors),
        fact("Alerted visits", live.atRiskTotal),
        fact("Escalated", live.escalatedTotal),
        fact("Time to claim", live.averageTimeToClaimSeconds === null ? "–" : `${Math.round(live.averageTimeToClaimSeconds)} s`),
        fact("Recovery rate", percent(live.recoveryRate)),
        fact("Nudges raised", live.nudgesRaised),
        fact("Miseries prevented", `${live.miseriesPrevented} (${percent(live.preventionRate)})`)),
      el("h3", {}, "Open alerts"),
      open.length ? el("ol", { class: "drill-alerts" }, open.map(a => {
        const priority = names.priority(a.priority);
        return el("li", {},
          el("span", { class: `priority level-${priority.level}`, title: `priority ${a.priority.toFixed(2)} (severity × guest value)` }, priority.label), " ",
          el("a", { href: "#", onclick: e => { e.preventDefault(); customer(a.customerId, a.displayName).catch(x => console.warn("guest failed", x)); } }, a.displayName || a.customerId),
          ` · ${a.reasons[0] || ""} `,
          a.antiPatterns.map(p => el("span", { class: "chip" }, names.antiPattern(p))));
      })) : el("p", { class: "empty" }, "None."),
      el("div", { id: "customer" }));
    $("drill").scrollIntoView({ block: "nearest" });
  }

  async function customer(customerId, displayName) {
    const response = await EG.api(`/api/customers/${encodeURIComponent(customerId)}`);
    if (!response.ok) return;
    const c = await response.json();
    const visit = c.visit;
    // A contribution's reason reads "strongest moment: …"; its part before the colon, with the touchpoint's name.
    const why = x => [x.reason ? x.reason.split(":")[0] : "", x.kind ? names.touchpoint(x.kind) : ""].filter(Boolean).join(": ");
    $("customer").replaceChildren(
      el("h3", {}, displayName || customerId, ` · ${names.tier(c.loyalty.tier)} · loyalty ${c.loyalty.score.toFixed(0)}`),
      visit ? el("div", {},
        el("p", {}, `Visit score ${visit.score.toFixed(1)} = base ${visit.explanation.base.toFixed(1)} plus:`),
        el("ul", { class: "explanation" }, visit.explanation.contributions.map(x =>
          el("li", { class: x.delta < 0 ? "misery" : "wow" }, `${x.delta >= 0 ? "+" : ""}${x.delta.toFixed(1)} ${why(x)}`)))) :
        el("p", {}, "No open visit."));
  }
})();
