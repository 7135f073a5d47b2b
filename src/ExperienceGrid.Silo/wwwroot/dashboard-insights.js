// What the grid remembers, for the dashboard: trends from each venue's history (GET /api/venues/{id}/history), today
// against the same weekday last week, anti-pattern coaching (/coaching) and this week's recognitions (/recognitions).
"use strict";
window.DashboardInsights = (() => {
  const { el, percent } = EG;
  const hour = 3600;
  const weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

  async function read(venueId, what, params = {}) {
    const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== ""));
    const response = await EG.api(`/api/venues/${encodeURIComponent(venueId)}/${what}${query.size ? `?${query}` : ""}`);
    if (!response.ok) throw new Error(EG.problem(response));
    return response.json();
  }

  const history = (venueId, from, to, step) => read(venueId, "history", { from: from.toISOString(), to: to.toISOString(), step });

  /**
   * The trends a chart can draw from history steps: each step gives a part and a whole (summed over venues and
   * buckets, so "others" and a 10-minute bucket are true rates, not averages of rates); worst: +1 when a higher value
   * is worse.
   */
  const trends = {
    claim: { part: p => p.claimMedianSeconds === null ? [0, 0] : [p.claimMedianSeconds * p.claimed, p.claimed], scale: 1, worst: 1 },
    recovery: { part: p => [p.recovered, p.alertedVisitsEnded], scale: 100, worst: -1 },
    misery: { part: p => [p.moments.misery, p.moments.misery + p.moments.mediocrity + p.moments.wow], scale: 100, worst: 1 }
  };

  /**
   * Every venue's minutes of the last `hours` (default 6, as the API), read at once: { points: Map venueId → points,
   * span, step } where span (seconds, at least 30 minutes) reaches back to the oldest minute with something in it and
   * step (1, 2, 5, 10 or 15 minutes) keeps a chart under about 60 points.
   */
  async function lastHours(venueIds, hours = 6) {
    const to = new Date();
    const from = new Date(to.getTime() - hours * hour * 1000);
    const answers = await Promise.all(venueIds.map(async id => [id, (await history(id, from, to, "minute")).points]));
    const points = new Map(answers.map(([id, list]) => [id, list.map(p => ({ ...p, t: Date.parse(p.at) / 1000 }))]));
    const now = to.getTime() / 1000;
    const oldest = Math.min(now, ...[...points.values()].flatMap(list => list.map(p => p.t)));
    const span = Math.max(1800, now - oldest);
    const step = [1, 2, 5, 10, 15].find(m => span / (m * 60) <= 60) * 60 || 900;
    return { points, span, step, now };
  }

  /**
   * One chart's lines: the `shown` worst venues (by the rate over the whole span) and, past one more, "others" summed.
   * Returns { x, venues (shown, worst first), rest (folded venues), lines, first } — first: the oldest bucket with a
   * value (Unix seconds), or null.
   */
  function lines(last, venues, kind, shown) {
    const { part, scale, worst } = trends[kind];
    const start = Math.floor((last.now - last.span) / last.step) * last.step;
    const x = [];
    for (let t = start; t <= last.now; t += last.step) x.push(t);
    const sums = list => {
      const buckets = x.map(() => [0, 0]);
      list.forEach(p => {
        const i = Math.floor((p.t - start) / last.step);
        if (i < 0 || i >= x.length) return;
        const [a, b] = part(p);
        buckets[i][0] += a;
        buckets[i][1] += b;
      });
      return buckets;
    };
    const rate = ([a, b]) => b > 0 ? (a / b) * scale : null;
    const byVenue = venues.map(v => ({ v, buckets: sums(last.points.get(v.venueId) || []) }))
      .map(s => ({ ...s, whole: s.buckets.reduce((t, [a, b]) => [t[0] + a, t[1] + b], [0, 0]) }))
      .filter(s => s.whole[1] > 0)
      .sort((a, b) => worst * (rate(b.whole) - rate(a.whole)) || a.v.name.localeCompare(b.v.name));
    const [top, rest] = byVenue.length > shown + 1 ? [byVenue.slice(0, shown), byVenue.slice(shown)] : [byVenue, []];
    const drawn = top.map(s => s.buckets.map(rate));
    if (rest.length) drawn.push(x.map((_, i) => rate(rest.reduce((t, s) => [t[0] + s.buckets[i][0], t[1] + s.buckets[i][1]], [0, 0]))));
    const firstIndex = x.findIndex((_, i) => drawn.some(line => line[i] !== null));
    return { x, venues: top.map(s => s.v), rest: rest.map(s => s.v), lines: drawn, first: firstIndex < 0 ? null : x[firstIndex] };
  }

  /**
   * Today so far (from local midnight, by hour) against the same weekday a week earlier up to the same time: WOW and
   * misery moments, and the share of alerted visits that ended recovered.
   */
  async function sameDayLastWeek(venueId) {
    const now = new Date();
    const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate());
    const week = 7 * 24 * hour * 1000;
    const ago = d => new Date(d.getTime() - week);
    const [today, before] = await Promise.all([
      history(venueId, midnight, now, "hour"),
      history(venueId, ago(midnight), ago(now), "hour")
    ]);
    const total = points => points.reduce((t, p) => ({
      wow: t.wow + p.moments.wow, misery: t.misery + p.moments.misery, recovered: t.recovered + p.recovered, ended: t.ended + p.alertedVisitsEnded
    }), { wow: 0, misery: 0, recovered: 0, ended: 0 });
    return { today: total(today.points), lastWeek: total(before.points), weekday: weekdays[ago(now).getDay()] };
  }

  /** The tile's small table: WOW, misery and recovered, today and last week's same weekday by this time. */
  function comparisonTable(c, names) {
    const rate = t => t.ended ? percent(t.recovered / t.ended) : "–";
    const row = (label, field, today, before) => el("tr", { "data-field": field },
      el("th", { scope: "row" }, label), el("td", {}, today), el("td", {}, before));
    return el("table", { class: "vs-week", title: `today so far against last ${c.weekday} up to the same time` },
      el("thead", {}, el("tr", {}, el("th", {}, ""), el("th", { scope: "col" }, "Today"), el("th", { scope: "col" }, `Last ${c.weekday.slice(0, 3)}`))),
      el("tbody", {},
        row(names.moment("wow"), "wow", c.today.wow, c.lastWeek.wow),
        row(names.moment("misery"), "misery", c.today.misery, c.lastWeek.misery),
        row("Recovered", "recovered", rate(c.today), rate(c.lastWeek))));
  }

  // Shift bands are codes of the chain config ("dinner"); shown capitalised.
  const shiftName = code => code.charAt(0).toUpperCase() + code.slice(1);

  /**
   * Coaching in words for the venues (a venue's every line; for several venues each venue's `perVenue` commonest):
   * fills `list`, and `filter` (a select) with the chain's shifts once they are known. Resolves when shown.
   */
  async function coaching(list, filter, venues, names, perVenue = Infinity) {
    const shift = filter.value || null;
    const reports = await Promise.all(venues.map(async v => ({ v, report: await read(v.venueId, "coaching", { shift }) })));
    if (filter.options.length <= 1 && reports.length) {
      filter.append(...reports[0].report.shifts.map(s => el("option", { value: s }, shiftName(s))));
    }
    // Who chose each action on the alerts they claimed, e.g. Priya chose "Offered a callback" 3 times; 2 recovered.
    const tries = l => l.actions.flatMap(a => a.byStaff.map(s =>
      `${names.user(s.staffId)} chose "${a.action.replace(/\.+$/, "")}" ${s.ended} ${s.ended === 1 ? "time" : "times"}; ${s.recovered} recovered.`));
    const line = l => {
      const tried = tries(l);
      return el("li", { "data-anti-pattern": l.antiPattern },
        el("span", { class: "coach-summary" }, l.summary),
        Object.keys(l.byStaff).length ? el("span", { class: "coach-staff" },
          ` By ${Object.entries(l.byStaff).map(([id, n]) => `${names.user(id)} ${n}`).join(", ")}.`) : null,
        tried.length ? el("span", { class: "coach-actions" }, ` ${tried.join(" ")}`) : null);
    };
    const withLines = reports.filter(r => r.report.antiPatterns.length);
    const when = shift ? ` at ${shiftName(shift).toLowerCase()}` : "";
    if (!withLines.length) {
      list.replaceChildren(el("p", { class: "empty" }, `No anti-patterns this week or last${when}.`));
    } else if (venues.length === 1) {
      list.replaceChildren(el("ul", { class: "coaching" }, withLines[0].report.antiPatterns.map(line)));
    } else {
      list.replaceChildren(...withLines.map(({ v, report }) => el("section", { class: "coach-venue", "data-venue-id": v.venueId },
        el("h3", {}, v.name),
        el("ul", { class: "coaching" }, report.antiPatterns.slice(0, perVenue).map(line)),
        report.antiPatterns.length > perVenue ? el("p", { class: "chart-note" }, `and ${report.antiPatterns.length - perVenue} more: open the venue`) : null)));
    }
  }

  /**
   * This week's WOWs and recoveries per person over the venues, most first, by name; `panel` is hidden when the chain
   * keeps no recognition.
   */
  async function recognitions(panel, list, venues, names) {
    const answers = await Promise.all(venues.map(v => read(v.venueId, "recognitions")));
    panel.hidden = !answers.some(a => a.enabled);
    if (panel.hidden) return;
    const people = new Map();
    answers.flatMap(a => a.people).forEach(p => {
      const known = people.get(p.staffId) || { wows: 0, recoveries: 0 };
      people.set(p.staffId, { wows: known.wows + p.wows, recoveries: known.recoveries + p.recoveries });
    });
    const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
    const sorted = [...people.entries()].sort((a, b) => (b[1].wows + b[1].recoveries) - (a[1].wows + a[1].recoveries) || a[0].localeCompare(b[0]));
    list.replaceChildren(...(sorted.length
      ? sorted.map(([id, p]) => el("li", { "data-staff-id": id }, el("strong", {}, names.user(id)), " ",
        el("span", {}, `${plural(p.wows, names.moment("wow"), `${names.moment("wow")}s`)} · ${plural(p.recoveries, "guest recovered", "guests recovered")}`)))
      : [el("li", { class: "empty" }, "Nobody credited yet this week.")]));
  }

  return { lastHours, lines, sameDayLastWeek, comparisonTable, coaching, recognitions };
})();
