// Shared by the pages: sign-in, the chain's names for codes, the hub connection, small DOM helpers.
"use strict";
window.EG = (() => {
  const key = "eg.session";
  // A message for the sign-in form that survives the reload signing out does (e.g. the sign-in expired).
  const noticeKey = "eg.notice";
  const expired = "Your sign-in expired — sign in again";
  // Where the token also goes as the eg_token cookie: pages of others that cannot send a header (SiloEndpoints.TokenCookiePaths).
  const tokenCookiePaths = ["/orleans", "/openapi"];

  /** Every role but the operator's: the pages with guest data. The operator has operator.html instead. */
  const guestRoles = ["staff", "venueManager", "regionManager", "chainManager"];

  function session() {
    try { return JSON.parse(sessionStorage.getItem(key)); } catch { return null; }
  }

  async function signIn(user, password) {
    const response = await fetch("/api/auth/token", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ user, password })
    });
    if (!response.ok) {
      throw new Error(response.status === 401 ? "Unknown user or wrong password" : `Sign-in failed: ${problem(response)}`);
    }
    const body = await response.json();
    const value = { user, name: body.name, token: body.token, role: body.role, venues: body.venues };
    sessionStorage.setItem(key, JSON.stringify(value));
    // The Orleans dashboard (operators and chain managers) and the OpenAPI document Scalar loads read the token from
    // this cookie, sent only under their paths.
    for (const path of tokenCookiePaths) {
      document.cookie = `eg_token=${encodeURIComponent(body.token)}; path=${path}; SameSite=Strict`;
    }
    return value;
  }

  /** Ends the session in this tab, and the token cookies with it. */
  function forget() {
    sessionStorage.removeItem(key);
    for (const path of tokenCookiePaths) {
      document.cookie = `eg_token=; path=${path}; max-age=0; SameSite=Strict`;
    }
  }

  /** Signs out and shows the sign-in form again; a notice (why) is shown above it after the reload. */
  function signOut(notice) {
    forget();
    if (typeof notice === "string") sessionStorage.setItem(noticeKey, notice);
    location.reload();
  }

  /**
   * GET (or any fetch) of a grid API as the signed-in user; every read needs the bearer token. A 401 means the token
   * expired or is no longer valid (or was never one): the session ends and the sign-in form comes back, saying so.
   */
  async function api(path, init = {}) {
    const token = (session() || {}).token;
    const response = await fetch(path, { cache: "no-store", ...init, headers: { ...(init.headers || {}), Authorization: `Bearer ${token}` } });
    if (response.status === 401 && token) signOut(expired);
    return response;
  }

  /** What a failed answer means, in words (for messages; the status code itself goes in the console only). */
  function problem(response) {
    const status = response.status;
    if (status === 429) {
      const wait = Number(response.headers.get("Retry-After"));
      return wait > 0 ? `too many attempts; try again in ${Math.ceil(wait)} s` : "too many attempts; try again shortly";
    }
    if (status === 401) return "your sign-in has expired";
    if (status === 403) return "you may not see this";
    if (status === 404) return "it is no longer there";
    if (status === 503 || status === 502 || status === 504) return "the grid is busy or restarting; try again";
    if (status >= 500) return "the grid failed; try again";
    return "the request was not accepted";
  }

  let namesCache = null;

  /**
   * The chain's words for codes (GET /api/chain), fetched once per sign-in: a promise of synchronous lookups
   * touchpoint, antiPattern, moment, status, stage, venue, region, venueType, tier, zone, user (a user id as "Priya (staff)"),
   * each answering the code itself when unknown, and priority(n) → { level, label } (level is a css-friendly word such as
   * "urgent").
   */
  function names() {
    const token = (session() || {}).token;
    if (namesCache && namesCache.token === token) return namesCache.promise;
    const promise = api("/api/chain").then(async response => {
      if (!response.ok) throw new Error(`Could not read the chain's names: ${problem(response)}.`);
      return lookups(await response.json());
    });
    promise.catch(() => { if (namesCache && namesCache.promise === promise) namesCache = null; });
    namesCache = { token, promise };
    return promise;
  }

  function lookups(chain) {
    // Enum codes arrive as "NeedlessTransfer" or "needlessTransfer" depending on the serializer; keys are camel case.
    const from = dictionary => code => {
      if (code === null || code === undefined) return code;
      const text = String(code);
      return dictionary[text] ?? dictionary[text.charAt(0).toLowerCase() + text.slice(1)] ?? text;
    };
    const byId = list => Object.fromEntries(list.map(item => [item.id, item.name]));
    const levels = [...chain.priorityLevels].sort((a, b) => b.from - a.from);
    return {
      chainName: chain.name,
      venues: chain.venues,
      regions: chain.regions,
      touchpoint: from(chain.touchpoints),
      antiPattern: from(chain.antiPatterns),
      moment: from(chain.moments),
      status: from(chain.alertStatuses),
      stage: from(chain.stages),
      venue: from(byId(chain.venues)),
      region: from(byId(chain.regions)),
      venueType: from(chain.venueTypes),
      tier: from(chain.tiers),
      user: id => chain.users && chain.users[id] ? `${chain.users[id].name} (${roleName(chain.users[id].role)})` : id,
      // Zones have no configured names: "window-seats" reads "Window seats".
      zone: code => code ? String(code).replace(/[-_.]+/g, " ").replace(/^./, c => c.toUpperCase()) : code,
      priority: n => {
        const level = levels.find(l => n >= l.from) || levels[levels.length - 1];
        return level ? { level: level.level, label: level.name } : { level: String(n), label: String(n) };
      }
    };
  }

  // Retries forever (0.5 s doubling up to 10 s): a phone that loses the network comes back by itself.
  const retry = { nextRetryDelayInMilliseconds: ctx => Math.min(10000, 500 * 2 ** Math.min(ctx.previousRetryCount, 5)) };

  /**
   * Builds and starts a hub connection; onStatus gets "live" | "degraded" | "reconnecting" | "offline"; onReady runs
   * after every (re)connect. "degraded": connected, but /health says the grid cannot store events (e.g. its Redis is
   * down), so what the page shows may be stale until it recovers.
   */
  function connect(path, token, onStatusChange, onReady, configure) {
    let hub = "offline";
    let healthy = true;
    const onStatus = status => { hub = status; onStatusChange(hub === "live" && !healthy ? "degraded" : hub); };
    setInterval(async () => {
      try { healthy = (await fetch("/health", { cache: "no-store" })).ok; } catch { healthy = false; }
      onStatus(hub);
    }, 5000);
    const connection = new signalR.HubConnectionBuilder()
      .withUrl(path, { accessTokenFactory: () => token })
      .withAutomaticReconnect(retry)
      .configureLogging(signalR.LogLevel.Warning)
      .build();
    configure(connection);
    connection.onreconnecting(() => onStatus("reconnecting"));
    // "live" only once onReady (joining groups, reading the snapshot) succeeded; when it fails the connection is
    // stopped, so onclose starts it again from scratch.
    async function ready() {
      try {
        await onReady(connection);
        onStatus("live");
      } catch (e) {
        console.warn("hub ready failed, reconnecting", e);
        await connection.stop();
      }
    }
    connection.onreconnected(ready);
    connection.onclose(() => { onStatus("offline"); setTimeout(start, 2000); });
    async function start() {
      try {
        await connection.start();
      } catch (e) {
        onStatus("offline");
        console.warn("hub connection failed, retrying", e);
        setTimeout(start, 2000);
        return;
      }
      await ready();
    }
    start();
    return connection;
  }

  /** Creates an element; strings and numbers become text (never HTML). */
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** The page each role starts on. */
  function home(role) {
    if (role === "operator") return "/operator.html";
    return role === "staff" ? "/floor.html" : "/dashboard.html";
  }

  /**
   * Wires a sign-in form; resolves with the session (at once when already signed in, or ?user=&password= given). A
   * role the page is not for (default: the operator, who has no guest data to see) is sent to its own page instead.
   */
  function requireSession(form, hint, roles = guestRoles) {
    return new Promise(resolve => {
      const params = new URLSearchParams(location.search);
      const user = params.get("user");
      const password = params.get("password");
      // Credentials never stay in the address bar (or its history): drop them before anything else happens.
      if (params.has("user") || params.has("password")) {
        params.delete("user");
        params.delete("password");
        const rest = params.toString();
        history.replaceState(history.state, "", location.pathname + (rest ? `?${rest}` : "") + location.hash);
      }
      const admit = value => {
        if (roles.includes(value.role)) resolve(value);
        else location.replace(home(value.role));
      };
      const existing = session();
      if (existing && (!user || user === existing.user)) {
        form.hidden = true;
        admit(existing);
        return;
      }
      form.hidden = false;
      const error = form.querySelector(".error");
      error.textContent = sessionStorage.getItem(noticeKey) || "";
      sessionStorage.removeItem(noticeKey);
      async function submit(name, secret) {
        try {
          const value = await signIn(name, secret);
          form.hidden = true;
          admit(value);
        } catch (e) {
          error.textContent = e.message;
        }
      }
      form.addEventListener("submit", e => {
        e.preventDefault();
        submit(form.elements.user.value.trim(), form.elements.password.value);
      });
      if (hint) form.querySelector(".hint").textContent = hint;
      if (user) {
        form.elements.user.value = user;
        if (password) submit(user, password);
      }
    });
  }

  /** Time since iso: "42s", "3m 5s", "2h 10m". */
  function ago(iso) {
    return duration((Date.now() - new Date(iso).getTime()) / 1000);
  }

  /** A number of seconds as "42s", "3m 5s", "2h 10m" (never negative). */
  function duration(value) {
    const seconds = Math.max(0, Math.round(value));
    if (seconds < 60) return `${seconds}s`;
    if (seconds < 3600) return `${Math.floor(seconds / 60)}m ${seconds % 60}s`;
    return `${Math.floor(seconds / 3600)}h ${Math.floor((seconds % 3600) / 60)}m`;
  }

  /** A role as people say it: "chainManager" → "chain manager". */
  function roleName(role) {
    return String(role || "").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  }

  function percent(rate) {
    return rate === null || rate === undefined ? "–" : `${Math.round(rate * 100)}%`;
  }

  /** Shows, at the top of the page, why it cannot start (e.g. the chain's names could not be read). */
  function fail(error) {
    console.warn(error);
    const note = el("p", { class: "error", role: "alert" }, error.message || String(error), " ",
      el("button", { type: "button", class: "link", onclick: () => location.reload() }, "Try again"));
    document.body.prepend(note);
  }

  return { session, signIn, signOut, forget, home, guestRoles, api, problem, fail, names, connect, el, requireSession, ago, duration, percent, roleName };
})();
