// The dashboard's care-team follow-ups and WOW opportunities, as the venues keep them: read at (re)connect, kept
// live from the hub, each with its due time (a care follow-up past it was escalated) and, for managers, Done — a care
// follow-up's asks what came of the call.
"use strict";
window.DashboardFollowUps = (lists, names, manages) => {
  const { el } = EG;
  const followUps = new Map(); // id -> FollowUp (open)
  const choosing = new Set(); // care follow-ups whose outcome choices are open (kept open across re-renders)

  async function loadFollowUps() {
    const response = await EG.api("/api/followups");
    if (!response.ok) return;
    followUps.clear();
    (await response.json()).forEach(f => followUps.set(f.id, f));
    renderFollowUps();
  }

  // Overdue care follow-ups first (they were escalated), then the newest.
  function renderFollowUps() {
    const open = [...followUps.values()].sort((a, b) => Number(!!b.overdueAt) - Number(!!a.overdueAt) || b.at.localeCompare(a.at));
    const care = open.filter(f => f.kind === "followUp");
    const wows = open.filter(f => f.kind === "wow");
    const overdue = care.filter(f => f.overdueAt).length;
    lists.careCount.textContent = care.length ? `${care.length} open${overdue ? `, ${overdue} overdue` : ""}` : "";
    lists.wowCount.textContent = wows.length ? `${wows.length} open` : "";
    lists.care.replaceChildren(...(care.length ? care.map(followUpItem) : [el("li", { class: "empty" }, "Nothing to follow up.")]));
    lists.wows.replaceChildren(...(wows.length ? wows.map(followUpItem) : [el("li", { class: "empty" }, "None open.")]));
  }

  // A care follow-up's deadline in words: "Due 18:05 (in 12m 3s)", or once overdue who heard of it.
  function dueText(f) {
    // Another day's time says which day ("Sat 01:06").
    const time = iso => {
      const at = new Date(iso);
      const clock = at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
      return at.toDateString() === new Date().toDateString() ? clock : `${at.toLocaleDateString([], { weekday: "short" })} ${clock}`;
    };
    if (f.overdueAt) return `Overdue since ${time(f.due)}: escalated to the region manager`;
    return Date.parse(f.due) > Date.now() ? `Due ${time(f.due)} (in ${EG.duration((Date.parse(f.due) - Date.now()) / 1000)})` : `Due ${time(f.due)}: past due`;
  }

  // What the care team's call came to: the done button asks for one of these.
  const outcomes = [["recovered", "Reached, recovered"], ["unhappy", "Reached, still unhappy"], ["noAnswer", "No answer"]];

  function followUpItem(f) {
    const care = f.kind === "followUp";
    const what = care
      ? ["Unrecovered: ", f.unrecovered.map(k => names.touchpoint(k)).join(", ")]
      : [`At ${names.touchpoint(f.touchpoint)}. Try: `, f.suggestions.join("; ")];
    const item = el("li", { class: `followup kind-${f.kind}${f.overdueAt ? " overdue" : ""}`, "data-id": f.id, title: f.reason },
      el("div", { class: "followup-head" },
        el("strong", {}, f.displayName), el("span", { class: "tier" }, names.tier(f.tier)),
        el("span", { class: "since", title: new Date(f.at).toLocaleString() }, `${EG.ago(f.at)} ago`)),
      el("div", { class: "where" }, names.venue(f.venueId)),
      el("div", {}, ...what),
      care && f.due ? el("div", { class: "due", "data-field": "due", title: new Date(f.due).toLocaleString() }, dueText(f)) : null);
    if (!manages) return item;
    if (!care) {
      item.append(el("button", { type: "button", class: "done", onclick: e => markDone(f, e.currentTarget, null) }, "Done"));
      return item;
    }
    const choices = el("div", { class: "outcomes", role: "group", "aria-label": `What came of the call to ${f.displayName}`, hidden: !choosing.has(f.id) },
      outcomes.map(([outcome, label]) => el("button", { type: "button", class: "outcome", "data-outcome": outcome,
        onclick: e => markDone(f, e.currentTarget, outcome) }, label)));
    item.append(
      el("button", { type: "button", class: "done", "aria-expanded": String(choosing.has(f.id)), onclick: e => {
        choosing.add(f.id);
        choices.hidden = false;
        e.currentTarget.setAttribute("aria-expanded", "true");
        choices.querySelector("button").focus();
      } }, "Done…"),
      choices);
    return item;
  }

  async function markDone(f, button, outcome) {
    button.disabled = true;
    const failed = why => {
      button.disabled = false;
      button.textContent = `${button.textContent.replace(/ \(failed, retry\)$/, "")} (failed, retry)`;
      button.title = why;
    };
    try {
      const response = await EG.api(`/api/followups/${encodeURIComponent(f.id)}/done`, outcome
        ? { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ outcome }) }
        : { method: "POST" });
      // 404: someone marked it done already.
      if (response.ok || response.status === 404) {
        followUps.delete(f.id);
        choosing.delete(f.id);
        renderFollowUps();
      } else {
        failed(EG.problem(response));
      }
    } catch (e) {
      console.warn("marking done failed", e);
      failed("no connection to the grid");
    }
  }

  /** Refreshes "… ago" and "due in …" without re-rendering (an open choice keeps its focus). */
  function tick() {
    followUps.forEach(f => {
      const item = document.querySelector(`.followup[data-id="${CSS.escape(f.id)}"]`);
      item?.querySelector(".since")?.replaceChildren(`${EG.ago(f.at)} ago`);
      item?.querySelector("[data-field=due]")?.replaceChildren(dueText(f));
    });
  }

  return {
    load: loadFollowUps,
    render: renderFollowUps,
    tick,
    keep: f => { followUps.set(f.id, f); renderFollowUps(); },
    done: f => { followUps.delete(f.id); choosing.delete(f.id); renderFollowUps(); }
  };
};
