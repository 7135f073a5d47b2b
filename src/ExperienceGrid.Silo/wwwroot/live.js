// Polls the read API and redraws the venue tiles and the open alerts.
const venuesEl = document.getElementById("venues");
const alertsEl = document.getElementById("alerts");
const statusEl = document.getElementById("status");

function element(tag, className, text) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function renderVenues(venues) {
  venuesEl.replaceChildren(...venues.map(v => {
    const tile = element("div", v.live.openAlerts > 0 ? "tile alerting" : "tile");
    tile.append(element("h3", "", v.name));
    const numbers = element("div", "numbers");
    const hour = v.live.lastHour;
    numbers.append(
      element("span", "", `guests ${v.live.currentVisitors}`),
      element("span", "", `score ${v.live.averageVisitScore ?? "–"}`),
      element("span", "misery", `misery ${hour.misery}`),
      element("span", "wow", `wow ${hour.wow}`),
      element("span", "", `alerts ${v.live.openAlerts}`),
      element("span", "", `recovered ${v.live.recoveryRate === null ? "–" : Math.round(v.live.recoveryRate * 100) + "%"}`));
    tile.append(numbers);
    return tile;
  }));
}

function renderAlerts(alerts) {
  alertsEl.replaceChildren(...alerts.slice(0, 20).map(a => {
    const item = element("li", "alert");
    item.append(element("div", "who", `${a.customerId} (${a.tier}) at ${a.venueId}${a.zone ? " / " + a.zone : ""} — priority ${a.priority}`));
    const reasons = element("ul");
    reasons.append(...a.reasons.map(r => element("li", "", r)));
    const actions = element("ul");
    actions.append(...a.actions.map(r => element("li", "", "→ " + r)));
    item.append(reasons, actions);
    return item;
  }));
  if (alerts.length === 0) alertsEl.replaceChildren(element("li", "", "No guest at risk right now."));
}

async function refresh() {
  try {
    const [venues, alerts] = await Promise.all([
      fetch("/api/venues").then(r => r.json()),
      fetch("/api/alerts").then(r => r.json()),
    ]);
    renderVenues(venues);
    renderAlerts(alerts);
    statusEl.textContent = `updated ${new Date().toLocaleTimeString()}`;
  } catch (e) {
    statusEl.textContent = "grid unreachable, retrying…";
  }
}

refresh();
setInterval(refresh, 1000);
