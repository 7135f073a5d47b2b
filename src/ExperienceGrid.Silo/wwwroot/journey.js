// Journey map: the stages of a venue type left to right, a cell per touchpoint with the last hour's misery, mediocrity
// and WOW, the volume and the change against the same hour last week. Cells are recomputed from the venue views the
// dashboard hub pushes (throttled by the server); /api/journey gives the stages, the venues and last week's baseline.
"use strict";
(async () => {
  const { el, percent } = EG;
  const $ = id => document.getElementById(id);
  const baselineEvery = 3 * 60 * 1000; // the week-ago hour moves once an hour; live counts come from the hub
  const worstListed = 5;
  const none = { misery: 0, mediocrity: 0, wow: 0 };
  const params = new URLSearchParams(location.search);
  const filter = { venueType: params.get("venueType") || "", regionId: params.get("regionId") || "", venueId: params.get("venueId") || "" };
  const live = new Map(); // venueId -> the last hour's moments by touchpoint kind
  let map = null; // the latest /api/journey answer
  let selected = null; // the touchpoint whose worst venues are listed
  let loads = 0;
  let pending = null;

  const session = await EG.requireSession($("signin"), "Demo users: chain.manager, region.{regionId}, manager.{venueId} (password demo)");
  $("app").hidden = false;
  $("who").textContent = `${session.user} · ${EG.roleName(session.role)}`;
  $("signout").addEventListener("click", EG.signOut);
  $("region").addEventListener("change", () => choose({ regionId: $("region").value, venueId: "" }));
  $("venue").addEventListener("change", () => choose({ venueId: $("venue").value }));
  const names = await EG.names().catch(EG.fail);
  if (!names) return;
  const kinds = ["misery", "mediocrity", "wow"];
  $("legend").replaceChildren(...kinds.flatMap(key => [el("span", { class: key }, names.moment(key)), " "]), "· last hour, live");

  EG.connect("/hubs/dashboard", session.token, setStatus, async c => {
    const snapshot = await c.invoke("GetSnapshot");
    live.clear();
    snapshot.venues.forEach(v => live.set(v.venueId, v.live.touchpoints || {}));
    render();
  }, c => {
    c.on("venueUpdated", v => {
      live.set(v.venueId, v.live.touchpoints || {});
      if (!pending) pending = setTimeout(() => { pending = null; render(); }, 100);
    });
    c.on("chainUpdated", () => {});
    c.on("followUpTask", () => {});
    c.on("followUpDone", () => {});
  });

  await load();
  setInterval(load, baselineEvery);

  function setStatus(status) {
    $("status").textContent = status;
    $("status").dataset.status = status;
  }

  function choose(change) {
    Object.assign(filter, change);
    const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v));
    history.replaceState(null, "", `${location.pathname}?${query}`);
    load();
  }

  async function load() {
    const mine = ++loads;
    const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v));
    let response;
    try {
      response = await EG.api(`/api/journey?${query}`);
    } catch (e) {
      // Offline: keep the last map; the next tick (or a filter change) tries again.
      console.warn("journey map failed", e);
      if (mine === loads) $("baseline").textContent = "Could not reach the grid; showing the last map read.";
      return;
    }
    if (mine !== loads) return; // a newer filter was chosen meanwhile
    // A filter from an old link the chain no longer has: start over from the first venue type.
    if (response.status === 400 && Object.values(filter).some(v => v)) return choose({ venueType: "", regionId: "", venueId: "" });
    if (!response.ok) {
      $("baseline").textContent = `Could not read the journey map: ${EG.problem(response)}.`;
      return;
    }
    const answer = await response.json();
    // Only the venue types the user has a venue of are offered: a tab of none would always read empty.
    answer.venueTypes = answer.venueTypes.filter(type => answer.venues.some(v => v.venueType === type));
    if (!answer.venueTypes.length) {
      $("baseline").textContent = "None of your venues is on the journey map.";
      return;
    }
    if (!answer.venueTypes.includes(filter.venueType)) return choose({ venueType: answer.venueTypes[0], regionId: "", venueId: "" });
    map = answer;
    renderFilters();
    render();
  }

  function inType(v) { return v.venueType === filter.venueType; }

  function counted() {
    return map.venues.filter(v => inType(v) && (!filter.regionId || v.regionId === filter.regionId) && (!filter.venueId || v.venueId === filter.venueId));
  }

  function renderFilters() {
    $("types").replaceChildren(...map.venueTypes.map(type => el("button", {
      type: "button", role: "tab", class: "tab", "data-venue-type": type, "aria-selected": String(type === filter.venueType),
      onclick: () => choose({ venueType: type, regionId: "", venueId: "" })
    }, names.venueType(type))));
    const regions = map.regions.filter(r => map.venues.some(v => inType(v) && v.regionId === r.id));
    $("region").replaceChildren(el("option", { value: "" }, "All regions"),
      ...regions.map(r => el("option", { value: r.id, selected: r.id === filter.regionId }, r.name)));
    $("venue").replaceChildren(el("option", { value: "" }, "All venues"),
      ...map.venues.filter(v => inType(v) && (!filter.regionId || v.regionId === filter.regionId))
        .map(v => el("option", { value: v.venueId, selected: v.venueId === filter.venueId }, v.name)));
    const from = new Date(map.lastWeekFrom);
    const to = new Date(from.getTime() + 3600 * 1000);
    const time = d => d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
    $("baseline").textContent = `Compared with ${from.toLocaleDateString([], { weekday: "long", day: "numeric", month: "short" })} ` +
      `${time(from)}–${time(to)}: the clock hour a week ago closest to this rolling hour.`;
  }

  function moments(venueId, kind) {
    return (live.get(venueId) || {})[kind] || none;
  }

  function volume(c) { return c.misery + c.mediocrity + c.wow; }

  function render() {
    if (!map) return;
    const venues = counted();
    $("scope").textContent = `${venues.length} venue${venues.length === 1 ? "" : "s"}`;
    $("stages").replaceChildren(...map.stages.map(stage => el("section", { class: "stage", "data-stage": stage.stage },
      el("h2", {}, names.stage(stage.stage)),
      stage.cells.map(cell => renderCell(cell, venues)))));
    renderWorst(venues);
  }

  function renderCell(cell, venues) {
    const now = venues.map(v => moments(v.venueId, cell.touchpoint))
      .reduce((a, b) => ({ misery: a.misery + b.misery, mediocrity: a.mediocrity + b.mediocrity, wow: a.wow + b.wow }), none);
    const total = volume(now);
    const share = key => (total ? now[key] / total : 0);
    const name = names.touchpoint(cell.touchpoint);
    return el("article", {
      class: `cell${cell.touchpoint === selected ? " selected" : ""}`, "data-touchpoint": cell.touchpoint, tabindex: 0,
      role: "button", "aria-label": `${name}: where it is worst`,
      onclick: () => select(cell.touchpoint), onkeydown: e => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(cell.touchpoint); } }
    },
      el("h3", {}, name),
      el("div", { class: `bar${total ? "" : " empty"}`, title: total ? kinds.map(key => `${names.moment(key)} ${percent(share(key))}`).join(" · ") : "no moments" },
        kinds.map(key => el("span", { class: key, style: `width:${(share(key) * 100).toFixed(1)}%` }))),
      el("p", { class: "counts" },
        el("span", { class: "misery", "data-field": "misery" }, now.misery), " / ",
        el("span", { class: "mediocrity", "data-field": "mediocrity" }, now.mediocrity), " / ",
        el("span", { class: "wow", "data-field": "wow" }, now.wow),
        el("span", { class: "volume" }, el("span", { "data-field": "volume" }, total), total === 1 ? " moment" : " moments")),
      change(now, cell.lastWeek));
  }

  // The misery share against the same hour last week, in points; a rise is worse.
  function change(now, lastWeek) {
    if (!lastWeek) return el("p", { class: "change", "data-field": "change" }, "no data last week");
    const total = volume(now);
    if (!total) return el("p", { class: "change", "data-field": "change" }, `none now · ${lastWeek.volume} last week`);
    const points = Math.round((now.misery / total - lastWeek.shares.misery) * 100);
    const direction = points > 0 ? "worse" : points < 0 ? "better" : "same";
    return el("p", { class: `change ${direction}`, "data-field": "change" },
      `${names.moment("misery").toLowerCase()} ${points > 0 ? "+" : ""}${points} pts · ${lastWeek.volume} → ${total} moments vs last week`);
  }

  function select(touchpoint) {
    selected = selected === touchpoint ? null : touchpoint;
    render();
    if (selected) $("worst").scrollIntoView({ block: "nearest" });
  }

  function renderWorst(venues) {
    const panel = $("worst");
    panel.hidden = !selected;
    if (!selected) return;
    const regionName = id => (map.regions.find(r => r.id === id) || {}).name || id;
    const rows = venues.map(v => ({ venue: v, counts: moments(v.venueId, selected) }))
      .filter(r => volume(r.counts) > 0)
      .map(r => ({ ...r, share: r.counts.misery / volume(r.counts) }))
      .sort((a, b) => b.share - a.share || b.counts.misery - a.counts.misery || volume(b.counts) - volume(a.counts) || a.venue.name.localeCompare(b.venue.name))
      .slice(0, worstListed);
    panel.replaceChildren(
      el("h2", {}, `Where ${names.touchpoint(selected)} is worst`, " ", el("button", { type: "button", class: "link", onclick: () => select(selected) }, "close")),
      rows.length
        ? el("ol", {}, rows.map(r => el("li", { "data-venue-id": r.venue.venueId },
          el("a", { href: `dashboard.html#venue=${encodeURIComponent(r.venue.venueId)}` }, r.venue.name),
          ` · ${regionName(r.venue.regionId)} · `,
          el("span", { class: "misery" }, `${percent(r.share)} ${names.moment("misery").toLowerCase()}`),
          ` (${r.counts.misery} of ${volume(r.counts)} moments)`)))
        : el("p", { class: "empty" }, `No ${names.touchpoint(selected)} moments in the last hour.`));
  }
})();
