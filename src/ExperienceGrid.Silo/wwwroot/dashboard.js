// Chain dashboard: totals, charts (moments per minute; time to claim, recovery and misery share by venue from the
// grid's history), the misery heatmap, the stored follow-ups and WOW opportunities with their due times, coaching and
// recognitions, live venue tiles by region with today against last week; drill into venues and guests.
"use strict";
(async () => {
  const { el, percent } = EG;
  const $ = id => document.getElementById(id);
  const venues = new Map(); // venueId -> VenueSummary
  const kinds = ["misery", "mediocrity", "wow"];
  const colours = { misery: "#c8372d", mediocrity: "#9a8f6a", wow: "#1f8a4c" };
  const shownVenues = 5; // more lines than this cannot be told apart by colour: the rest are folded into "others"
  const uprightAfter = 10; // heatmap columns that fit a 1280 px screen with their names written across
  const drillEvery = 1000; // a busy venue pushes several times a second: its open alerts are re-read at most this often
  const insightsEvery = 120000; // today against last week, coaching and recognitions change slowly: re-read this often
  const coachedPerVenue = 3; // lines per venue in the coaching panel when it covers several venues (the detail has all)
  const comparisons = new Map(); // venueId -> today against the same weekday last week
  const clockTime = d => d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
  let chain = null;
  let lastLive = null; // when the page last knew its numbers were live
  const drilled = { venueId: null, reads: 0, timer: null, last: 0, at: null }; // the open venue detail

  const session = await EG.requireSession($("signin"), "Demo users: chain.manager, region.{regionId}, manager.{venueId} (password demo)");
  const names = await EG.names().catch(EG.fail);
  if (!names) return;
  const manages = ["venueManager", "regionManager", "chainManager"].includes(session.role);
  $("app").hidden = false;
  $("who").textContent = `Signed in as ${names.user(session.user)}`;
  $("who").title = EG.roleName(session.role);
  $("signout").addEventListener("click", EG.signOut);
  if (session.role === "chainManager") watchCluster();

  const followUps = DashboardFollowUps({ care: $("followups"), careCount: $("followup-count"), wows: $("wows"), wowCount: $("wow-count") }, names, manages);
  const moments = DashboardCharts.line($("moments-chart"), kinds.map(k => ({ label: names.moment(k), stroke: colours[k] })),
    { xLabel: "time", yLabel: "moments / min", minWindow: 3600, counts: true });
  const trends = { claim: null, recovery: null, misery: null }; // per-venue charts, rebuilt when the venues with data change
  const trendVenues = { claim: "", recovery: "", misery: "" }; // what each chart was built for: its venues and how many are "others"
  let trendRead = null; // the venues' history as last read (DashboardInsights.lastHours)
  $("coaching-shift").addEventListener("change", () => renderCoaching());

  EG.connect("/hubs/dashboard", session.token, setStatus, async c => {
    const snapshot = await c.invoke("GetSnapshot");
    venues.clear();
    snapshot.venues.forEach(v => venues.set(v.venueId, v));
    chain = snapshot.chain;
    renderAll();
    await followUps.load();
    readTrends();
    readInsights();
    // dashboard.html#venue={venueId} opens that venue (the journey map links here).
    const wanted = new URLSearchParams(location.hash.slice(1)).get("venue");
    if (drilled.venueId && venues.has(drilled.venueId)) {
      renderDrillFacts();
      refreshDrill();
    }
    else if (wanted && venues.has(wanted)) drill(wanted);
  }, c => {
    c.on("venueUpdated", v => {
      const known = venues.get(v.venueId);
      // Tiles come without the trend: keep the last one until chainUpdated brings a new one.
      venues.set(v.venueId, known ? { ...v, live: { ...v.live, trend: known.live.trend } } : v);
      renderTile(venues.get(v.venueId));
      if (v.venueId === drilled.venueId) {
        renderDrillFacts();
        drillSoon();
      }
    });
    c.on("chainUpdated", summary => {
      // Venue managers get each of their venues' totals ("venue:{id}"); one venue's are theirs, several need folding.
      if (summary.scope.startsWith("venue:") && venues.size > 1) return refreshTotals(c);
      chain = summary;
      renderTotals();
      renderMoments();
      renderHeatmap();
    });
    c.on("followUpTask", followUps.keep);
    c.on("followUpDone", followUps.done);
  });

  // The totals of several venues, folded by the grid; at most one read at a time.
  let refreshing = null;
  function refreshTotals(c) {
    refreshing ??= c.invoke("GetSnapshot")
      .then(snapshot => { chain = snapshot.chain; renderTotals(); renderMoments(); renderHeatmap(); })
      .catch(e => console.warn("dashboard totals failed", e))
      .finally(() => { refreshing = null; });
  }

  // Every minute the history has a minute more; also refreshes "… ago" and "due in …".
  setInterval(() => {
    readTrends();
    followUps.tick();
  }, 60000);
  setInterval(readInsights, insightsEvery);

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

  // Anything but "live" greys the numbers under a banner that says since when they are stale (the badge alone is
  // easily missed on a wall screen).
  function setStatus(status) {
    $("status").textContent = status;
    $("status").dataset.status = status;
    const stale = status !== "live";
    if (!stale) lastLive = new Date();
    const why = status === "degraded" ? "Degraded — the grid cannot store events right now" : "Offline — not connected to the grid, reconnecting";
    $("stale").hidden = !stale;
    $("stale").textContent = !lastLive ? "Connecting to the grid; nothing here is live yet."
      : `${why}. These numbers are stale: they are as of ${clockTime(lastLive)}.`;
    $("numbers").classList.toggle("stale", stale);
    $("numbers").setAttribute("aria-busy", String(stale));
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
    followUps.render();
  }

  // Today against last week per tile, coaching and recognitions: read on (re)connect and every insightsEvery.
  async function readInsights() {
    const list = [...venues.values()];
    await Promise.all([
      ...list.map(v => DashboardInsights.sameDayLastWeek(v.venueId)
        .then(c => { comparisons.set(v.venueId, c); renderTile(venues.get(v.venueId)); })
        .catch(e => console.warn("today against last week failed", e))),
      renderCoaching(),
      DashboardInsights.recognitions($("recognitions-panel"), $("recognitions"), list, names).catch(e => console.warn("recognitions failed", e)),
      readDrillInsights()
    ]);
  }

  function renderCoaching() {
    return DashboardInsights.coaching($("coaching"), $("coaching-shift"), [...venues.values()], names, coachedPerVenue)
      .catch(e => $("coaching").replaceChildren(el("p", { class: "error" }, `Could not read the coaching: ${e.message}.`)));
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
        row("followUpsInTimeRate", "In time", percent(live.followUpsInTimeRate), `care follow-ups closed before their due time, of ${live.followUpsClosed} closed`),
        row("miseriesPrevented", "Prevented", live.miseriesPrevented, `miseries prevented by answered nudges; prevention rate ${percent(live.preventionRate)}`)),
      el("p", { class: "moments", title: "moments in the last 60 minutes" }, "Last hour: ",
        kinds.flatMap((k, i) => [i ? " · " : "", el("span", { class: k }, `${live.lastHour[k]} ${names.moment(k)}`)])),
      comparisons.has(v.venueId) ? DashboardInsights.comparisonTable(comparisons.get(v.venueId), names) : null);
  }

  // Care follow-ups closed in time over the venues of the page, from each venue's share and count.
  function inTimeRate() {
    const list = [...venues.values()].map(v => v.live).filter(l => l.followUpsClosed > 0);
    const closed = list.reduce((n, l) => n + l.followUpsClosed, 0);
    return closed ? list.reduce((n, l) => n + l.followUpsInTimeRate * l.followUpsClosed, 0) / closed : null;
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
      total("Follow-ups in time", percent(inTimeRate()), null, "care follow-ups closed before their due time, of those closed"),
      total("Miseries prevented", chain.miseriesPrevented, null, `waits answered before they turned to misery; prevention rate ${percent(chain.preventionRate)}`),
      total(`${names.moment("misery")} moments`, chain.lastHour.misery, " / hour", "last 60 minutes"),
      total(`${names.moment("wow")} moments`, chain.lastHour.wow, " / hour", "last 60 minutes"));
  }

  // Moments per minute of the last 60 minutes (event time), summed over the venues; minutes without moments are 0.
  // The current minute is still filling up: drawn, it would always dive at the right edge, so it is told in words.
  function renderMoments() {
    const by = new Map(((chain && chain.trend) || []).map(p => [p.minute, p]));
    const now = Math.floor(Date.now() / 60000);
    const count = (minute, k) => (by.get(minute) || {})[k] || 0;
    const x = [], series = kinds.map(() => []);
    for (let minute = now - 59; minute < now; minute++) {
      x.push(minute * 60);
      kinds.forEach((k, i) => series[i].push(count(minute, k)));
    }
    moments.setData(x, ...series);
    const list = values => kinds.map((k, i) => `${values[i]} ${names.moment(k)}`);
    const current = kinds.map(k => count(now, k));
    $("moments-now").textContent = `This minute so far (drawn once it ends): ${list(current).join(" · ")}.`;
    // What the hour adds up to, for screen readers (a canvas says nothing).
    $("moments-chart").setAttribute("aria-label", `Last 60 minutes: ${list(series.map((s, i) =>
      s.reduce((a, b) => a + b, current[i]))).join(", ")} moments`);
  }

  // The venues' minutes of the last hours, as the grid keeps them: a dashboard opened at any time shows them.
  async function readTrends() {
    try {
      trendRead = await DashboardInsights.lastHours([...venues.keys()]);
    } catch (e) {
      console.warn("history failed", e);
      $("trends-note").textContent = `Could not read the venues' history: ${e.message}.` +
        (trendRead ? ` Showing it as of ${DashboardCharts.clock(trendRead.now)}.` : "");
      return;
    }
    renderTrends();
  }

  // Per venue, from history: median time to claim, recovery rate, misery share. A venue joins a chart once it has a
  // value in the span (a claim, an alerted visit that ended, a moment), so legends name only venues with something to
  // show; the shownVenues worst over the span get a line each, the rest one "others" line.
  const trendCharts = {
    claim: { yLabel: "seconds", format: v => `${Math.round(v)} s`, yMin: 10 },
    recovery: { yLabel: "recovered", format: v => `${Math.round(v)}%`, yMin: 100 },
    misery: { yLabel: "misery share", format: v => `${Math.round(v)}%`, yMin: 20 }
  };

  function renderTrends() {
    if (!trendRead) return;
    const minutes = trendRead.step / 60;
    const xLabel = minutes === 1 ? "by minute" : `in ${minutes}-minute steps`;
    Object.entries(trendCharts).forEach(([chart, options]) => {
      const drawn = DashboardInsights.lines(trendRead, [...venues.values()], chart, shownVenues);
      const key = [...drawn.venues.map(v => v.venueId), drawn.rest.length, trendRead.span, trendRead.step].join();
      if (!trends[chart] || key !== trendVenues[chart]) {
        trends[chart]?.destroy();
        trendVenues[chart] = key;
        const labels = [...drawn.venues.map(v => v.name), ...(drawn.rest.length ? [`Others (${drawn.rest.length} venues)`] : [])];
        const strokes = [...DashboardCharts.palette(drawn.venues.length), "#8a8a90"];
        trends[chart] = DashboardCharts.line($(`${chart}-chart`), labels.map((label, i) => ({ label, stroke: strokes[i] })),
          { ...options, xLabel, minWindow: trendRead.span, spanGaps: true });
      }
      trends[chart].setData(drawn.x, ...drawn.lines);
      $(`${chart}-chart`).dataset.first = drawn.first ?? "";
    });
    $("trends-note").textContent = `From the grid's history since ${DashboardCharts.clock(trendRead.now - trendRead.span)}, ${xLabel}: ` +
      "each venue's median time to claim, the share of alerted visits that ended recovered and the share of moments that " +
      "were misery. A minute joins once it has ended (within a minute or two).";
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
    // Past uprightAfter columns, names run upwards so that every column fits the screen (site.css).
    $("heatmap").classList.toggle("upright", columns.length > uprightAfter);
    $("heatmap").replaceChildren(
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Venue"), columns.map(k =>
        el("th", { scope: "col", "data-touchpoint": k, title: `${names.touchpoint(k)}: ${totals.get(k)} in all` }, el("span", {}, names.touchpoint(k)))))),
      el("tbody", {}, rows.map(v => el("tr", {}, el("th", { scope: "row" }, v.name), columns.map(k => {
        const n = misery(v, k);
        return el("td", { style: `--heat:${(n / max).toFixed(2)}`, class: n / max > 0.55 ? "hot" : null, title: `${v.name} · ${names.touchpoint(k)}: ${n}` }, n || "");
      })))));
  }

  // The venue detail: its numbers from the tile's pushes, its open alerts re-read when the tile changes (drillSoon).
  function drill(venueId) {
    const v = venues.get(venueId);
    Object.assign(drilled, { venueId, at: null });
    $("drill").hidden = false;
    $("drill").replaceChildren(
      el("h2", {}, v.name, " ", el("span", { class: "as-of", "data-field": "asOf" }), " ",
        el("button", { type: "button", class: "link", onclick: closeDrill }, "close")),
      el("div", { class: "facts" }),
      el("h3", {}, "Open alerts"),
      el("p", { class: "error", role: "alert", hidden: true }),
      el("div", { class: "drill-list" }, el("p", { class: "empty" }, "Reading…")),
      el("div", { id: "customer" }),
      el("div", { class: "drill-insights" },
        el("section", { class: "drill-coaching" }, el("h3", {}, "Coaching: anti-patterns this week"),
          el("label", { class: "shift-filter" }, "Shift ", el("select", { onchange: () => readDrillInsights() }, el("option", { value: "" }, "All shifts"))),
          el("div", { class: "coaching-list" }, el("p", { class: "empty" }, "Reading…"))),
        el("section", { class: "drill-recognitions", hidden: true }, el("h3", {}, "Recognitions this week"), el("ol", { class: "recognitions" }))));
    renderDrillFacts();
    readDrillInsights();
    // The section's scroll-margin keeps its title clear of the fixed top bar.
    $("drill").scrollIntoView({ block: "start" });
    return refreshDrill();
  }

  // The open venue's coaching (every line) and recognitions.
  function readDrillInsights() {
    if (!drilled.venueId) return Promise.resolve();
    const section = $("drill");
    const venue = [venues.get(drilled.venueId)];
    return Promise.all([
      DashboardInsights.coaching(section.querySelector(".coaching-list"), section.querySelector(".drill-coaching select"), venue, names)
        .catch(e => section.querySelector(".coaching-list").replaceChildren(el("p", { class: "error" }, `Could not read the coaching: ${e.message}.`))),
      DashboardInsights.recognitions(section.querySelector(".drill-recognitions"), section.querySelector(".drill-recognitions ol"), venue, names)
        .catch(e => console.warn("recognitions failed", e))
    ]);
  }

  function closeDrill() {
    $("drill").hidden = true;
    drilled.venueId = null;
  }

  function renderDrillFacts() {
    const live = venues.get(drilled.venueId).live;
    const fact = (field, label, value) => el("div", { class: "fact" }, el("span", { class: "label" }, label), el("span", { class: "value", "data-field": field }, value));
    $("drill").querySelector(".facts").replaceChildren(
      fact("currentVisitors", "Guests now", live.currentVisitors),
      fact("atRiskTotal", "Alerted visits", live.atRiskTotal),
      fact("escalatedTotal", "Escalated", live.escalatedTotal),
      fact("timeToClaim", "Time to claim", live.averageTimeToClaimSeconds === null ? "–" : `${Math.round(live.averageTimeToClaimSeconds)} s`),
      fact("recoveryRate", "Recovery rate", percent(live.recoveryRate)),
      fact("followUpsInTimeRate", "Follow-ups in time", live.followUpsClosed ? `${percent(live.followUpsInTimeRate)} of ${live.followUpsClosed}` : "none closed yet"),
      fact("nudgesRaised", "Nudges raised", live.nudgesRaised),
      fact("miseriesPrevented", "Miseries prevented", `${live.miseriesPrevented} (${percent(live.preventionRate)})`));
  }

  // At most one re-read per drillEvery: pushes in between are covered by the read that follows them.
  function drillSoon() {
    if (drilled.timer) return;
    drilled.timer = setTimeout(() => {
      drilled.timer = null;
      refreshDrill();
    }, Math.max(0, drilled.last + drillEvery - Date.now()));
  }

  async function refreshDrill() {
    const venueId = drilled.venueId;
    const read = ++drilled.reads;
    drilled.last = Date.now();
    let open = null, failure = null;
    try {
      const response = await EG.api(`/api/alerts?venueId=${encodeURIComponent(venueId)}`);
      if (response.ok) open = await response.json();
      else failure = EG.problem(response);
    } catch (e) {
      console.warn("venue alerts failed", e);
      failure = "no connection to the grid";
    }
    // A later read, another venue or a closed detail: this answer is not wanted any more.
    if (read !== drilled.reads || venueId !== drilled.venueId) return;
    const section = $("drill");
    const error = section.querySelector(".error");
    error.hidden = !failure;
    if (failure) {
      error.textContent = `Could not read ${venues.get(venueId).name}'s open alerts: ${failure}.` +
        (drilled.at ? ` Showing them as of ${clockTime(drilled.at)}.` : "");
      return;
    }
    drilled.at = new Date();
    section.querySelector("[data-field=asOf]").textContent = `as of ${clockTime(drilled.at)}`;
    section.querySelector(".drill-list").replaceChildren(open.length ? el("ol", { class: "drill-alerts" }, open.map(alertItem)) : el("p", { class: "empty" }, "None."));
  }

  // "Claimed by Priya (staff)", "Escalated · claimed by …", "Raised".
  function alertState(a) {
    const by = a.claimedBy ? names.user(a.claimedBy) : null;
    if (a.status === "claimed" && by) return `${names.status("claimed")} by ${by}`;
    return by ? `${names.status(a.status)} · ${names.status("claimed").toLowerCase()} by ${by}` : names.status(a.status);
  }

  function alertItem(a) {
    const priority = names.priority(a.priority);
    return el("li", { "data-alert-id": a.alertId, "data-customer-id": a.customerId },
      el("span", { class: `priority level-${priority.level}`, title: `priority ${a.priority.toFixed(2)} (severity × guest value)` }, priority.label), " ",
      el("a", { href: "#", onclick: e => { e.preventDefault(); customer(a.customerId, a.displayName).catch(x => console.warn("guest failed", x)); } }, a.displayName), " ",
      el("span", { class: "state", "data-field": "status" }, alertState(a)),
      ` · ${a.reasons[0] || ""} `,
      a.antiPatterns.map(p => el("span", { class: "chip" }, names.antiPattern(p))));
  }

  async function customer(customerId, displayName) {
    const response = await EG.api(`/api/customers/${encodeURIComponent(customerId)}`);
    if (!response.ok) return;
    const c = await response.json();
    const visit = c.visit;
    // A contribution's reason reads "strongest moment: …"; its part before the colon, with the touchpoint's name.
    const why = x => [x.reason ? x.reason.split(":")[0] : "", x.kind ? names.touchpoint(x.kind) : ""].filter(Boolean).join(": ");
    $("customer").replaceChildren(
      el("h3", {}, displayName, ` · ${names.tier(c.loyalty.tier)} · loyalty ${c.loyalty.score.toFixed(0)}`),
      visit ? el("div", {},
        el("p", {}, `Visit score ${visit.score.toFixed(1)} = base ${visit.explanation.base.toFixed(1)} plus:`),
        el("ul", { class: "explanation" }, visit.explanation.contributions.map(x =>
          el("li", { class: x.delta < 0 ? "misery" : "wow" }, `${x.delta >= 0 ? "+" : ""}${x.delta.toFixed(1)} ${why(x)}`)))) :
        el("p", {}, "No open visit."));
  }
})();
