/* The room: a participant rates the proposals of the open round from their own device. */
(function () {
  "use strict";

  // ---------------------------------------------------------------- strings
  // Every page string, keyed by its English text, in every language the application ships:
  // /assets/texts.js is made by the server from the application's translations.
  var TEXTS = window.ROOM_TEXTS || {languages: [["en", "English"]], texts: {}};
  var T = TEXTS.texts, LANGS = TEXTS.languages;

  // ---------------------------------------------------------------- storage
  var mem = {};
  var store = {
    get: function (k) {
      if (Object.prototype.hasOwnProperty.call(mem, k)) return mem[k];
      try { var v = window.localStorage.getItem(k); return v == null ? null : JSON.parse(v); } catch (e) { return null; }
    },
    set: function (k, v) { mem[k] = v; try { window.localStorage.setItem(k, JSON.stringify(v)); } catch (e) { /* kept in memory */ } },
    del: function (k) { delete mem[k]; try { window.localStorage.removeItem(k); } catch (e) { /* nothing stored */ } }
  };

  var match = location.pathname.match(/^\/r\/([^/]+)(?:\/p\/([^/]+))?\/?$/);
  var CODE = match ? decodeURIComponent(match[1]).toUpperCase() : "";
  var PASS = match && match[2] ? decodeURIComponent(match[2]) : null;
  var API = "/r/" + encodeURIComponent(CODE) + "/api/";
  var K_ID = "pmotmo-room:" + CODE, K_Q = K_ID + ":queue", K_AT = K_ID + ":at", K_STEP = K_ID + ":step", K_LANG = "pmotmo-room:lang";

  function pickLang() {
    var saved = store.get(K_LANG);
    if (saved && LANGS.some(function (l) { return l[0] === saved; })) return saved;
    var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "en"];
    for (var i = 0; i < wanted.length; i++) {
      var two = String(wanted[i] || "").slice(0, 2).toLowerCase();
      if (LANGS.some(function (l) { return l[0] === two; })) return two;
    }
    return "en";
  }
  var lang = pickLang();

  function t(key, vars) {
    var s = (T[lang] && T[lang][key]) || key;
    return vars ? s.replace(/\{(\w+)\}/g, function (m, k) { return k in vars ? String(vars[k]) : m; }) : s;
  }
  function fmt(x) {
    try { return new Intl.NumberFormat(lang, {maximumFractionDigits: 4}).format(x); } catch (e) { return String(x); }
  }
  function fmt2(x) {
    try { return new Intl.NumberFormat(lang, {minimumFractionDigits: 2, maximumFractionDigits: 2}).format(x); } catch (e) { return x.toFixed(2); }
  }

  // ---------------------------------------------------------------- DOM
  function h(tag, attrs) {
    var el = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === "class") el.className = v;
      else if (k === "text") el.textContent = v;
      else if (k.slice(0, 2) === "on") el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? "" : String(v));
    });
    for (var i = 2; i < arguments.length; i++) add(el, arguments[i]);
    return el;
  }
  function add(el, kid) {
    if (kid === null || kid === undefined || kid === false) return;
    if (Array.isArray(kid)) { kid.forEach(function (k) { add(el, k); }); return; }
    el.appendChild(kid instanceof Node ? kid : document.createTextNode(String(kid)));
  }
  function cid(key) { return key.replace(":", "-"); }

  var main, netBar, langSel, live;

  // ---------------------------------------------------------------- state
  var S = {
    id: store.get(K_ID),        // {token, pid, name, office, pass}
    ballot: null,
    confirmed: {},              // "p:c" -> {v, cj}, "w:a:b" -> {v}: what the server holds
    status: {},                 // the same keys -> {kind: saving|saved|queued|retry|error, msg}
    wcons: null,                // what this person's criteria weights say, as the room last said
    cells: {},                  // "p:c" -> {kind, ctl, st, wrap, cjb}
    inflight: {}, again: {},
    offline: false, loading: false, flushing: false,
    es: null, esOpen: false,
    screen: "", view: null, retry: null, notice: "",
    at: Number(store.get(K_AT)) || 0,
    wide: false, seq: 0
  };
  var mq = window.matchMedia ? window.matchMedia("(min-width: 760px)") : null;
  S.wide = mq ? mq.matches : window.innerWidth >= 760;

  // ---------------------------------------------------------------- HTTP
  function HttpError(status, body) {
    this.status = status;
    this.code = body && body.error;
    this.message = (body && body.message) || ("HTTP " + status);
  }
  function api(method, path, body, token) {
    var headers = {"Accept": "application/json", "Accept-Language": lang};
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (token) headers["Authorization"] = "Bearer " + token;
    return fetch(API + path, {
      method: method, headers: headers, cache: "no-store", credentials: "omit",
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (res) {
      return res.json().catch(function () { return null; }).then(function (data) {
        if (!res.ok) throw new HttpError(res.status, data);
        return data;
      });
    });
  }
  function isHttp(e) { return e instanceof HttpError; }

  // ---------------------------------------------------------------- queue
  function qGet() { return store.get(K_Q) || {}; }
  function qSet(q) { if (Object.keys(q).length) store.set(K_Q, q); else store.del(K_Q); }
  function qCount() { return Object.keys(qGet()).length; }
  function qDone(key, entry) {
    var q = qGet();
    if (q[key] && q[key].seq === entry.seq) { delete q[key]; qSet(q); return true; }
    return false;
  }
  function qPrune() {
    var q = qGet(), pid = S.id && S.id.pid;
    Object.keys(q).forEach(function (k) { if (q[k].pid !== pid) delete q[k]; });
    qSet(q);
  }

  // ---------------------------------------------------------------- screens
  function screen(name, view, nodes, keepFocus) {
    var changed = S.screen !== name;
    S.screen = name;
    S.view = view;
    if (name !== "ballot") S.cells = {};
    var focusId = document.activeElement && document.activeElement.id;
    main.textContent = "";
    add(main, nodes);
    if (keepFocus && focusId && document.getElementById(focusId)) {
      document.getElementById(focusId).focus({preventScroll: true});
    } else if (changed) {
      var head = main.querySelector("h1");
      if (head) head.focus({preventScroll: true});
    }
  }
  function heading(text) { return h("h1", {tabindex: "-1", text: text}); }

  function showProblem(title, text, buttons, retry) {
    S.retry = retry || null;
    setTop("");
    screen("problem", function () { showProblem(title, text, buttons, retry); }, [
      h("section", {class: "panel center"},
        heading(t(title)),
        text ? h("p", {text: typeof text === "function" ? text() : t(text)}) : null,
        h("div", {class: "actions"}, (buttons || []).map(function (b) {
          return h("button", {type: "button", class: b[2] || "secondary", onclick: b[1], text: t(b[0])});
        })))
    ]);
  }
  function unreachable(retry) {
    showProblem("The room cannot be reached",
      "Check that this device is on the room’s Wi-Fi. This page tries again by itself.",
      [["Try again", retry, "primary"]], retry);
  }
  function noRoom() {
    showProblem("No room with this code", "Check the address or scan the code on the screen again.");
  }

  function setTop(title) {
    S.title = title || "";
    document.title = title ? title + " — " + t("Ballot") : t("Ballot");
  }
  function eyebrow() { return S.title ? h("p", {class: "eyebrow", text: S.title}) : null; }

  // --- join
  function loadSeats(notice) {
    S.retry = null;
    api("GET", "seats").then(function (data) {
      showSeats(data, notice);
    }, function (e) {
      if (isHttp(e) && e.status === 404) noRoom();
      else if (isHttp(e)) showProblem("Something went wrong", function () { return e.message; }, [["Try again", function () { loadSeats(notice); }, "primary"]]);
      else unreachable(function () { loadSeats(notice); });
    });
  }

  function showSeats(data, notice) {
    var title = (data.workshop && data.workshop.title) || "";
    setTop(title);
    var seats = data.seats || [];
    var list = h("ul", {class: "seats"}, seats.map(function (seat) {
      var pid = seat.participant_id !== undefined ? seat.participant_id : seat.id;
      return h("li", null, h("button", {
        type: "button", class: "seat", "data-pid": pid,
        onclick: function () {
          if (data.codes_required) showCode(data, seat, pid);
          else claim({participant_id: pid}, null);
        }
      }, h("span", {class: "seat-name", text: seat.name}),
         seat.office ? h("span", {class: "badge", text: seat.office}) : null,
         seat.taken ? h("span", {class: "seat-note", text: t("already joined on another device")}) : null));
    }));
    screen("seats", function () { showSeats(data, notice); }, [
      h("section", {class: "panel"},
        eyebrow(),
        heading(t("Who are you?")),
        notice ? h("p", {class: "note", role: "status", text: t(notice)}) : null,
        h("p", {class: "lead", text: seats.length ? t("Tap your name to start rating.") : t("No participants yet. Ask the facilitator to add you.")}),
        list)
    ]);
  }

  function showCode(data, seat, pid, message, typed) {
    var err = h("p", {class: "error", id: "code-error", role: "alert", text: message || ""});
    var input = h("input", {
      id: "personal-code", type: "text", autocomplete: "off", autocapitalize: "characters",
      spellcheck: "false", inputmode: "text", maxlength: "32", "aria-describedby": "code-help code-error",
      "aria-invalid": message ? "true" : null
    });
    input.value = typed || "";
    var form = h("form", {class: "code-form", novalidate: true, onsubmit: function (ev) {
      ev.preventDefault();
      var code = input.value.trim();
      claim({participant_id: pid, code: code}, function (msg) { showCode(data, seat, pid, msg, code); });
    }},
      h("label", {for: "personal-code", text: t("Personal code")}),
      h("p", {class: "muted", id: "code-help", text: t("The personal code is printed on your name card.")}),
      input, err,
      h("div", {class: "actions"},
        h("button", {type: "submit", class: "primary", text: t("Join")}),
        h("button", {type: "button", class: "secondary", text: t("Back"), onclick: function () { showSeats(data); }})));
    screen("code", function () { showCode(data, seat, pid, message, input.value); }, [
      h("section", {class: "panel"}, eyebrow(), heading(seat.name), form)
    ]);
    input.focus();
  }

  function claim(body, onRefused) {
    if (S.claiming) return;  // a double tap must not claim twice
    S.claiming = true;
    api("POST", "claim", body).then(function (r) {
      S.claiming = false;
      var p = r.participant || {};
      S.id = {token: r.token, pid: p.id, name: p.name || "", office: p.office || null, pass: body.pass || null};
      store.set(K_ID, S.id);
      qPrune();
      S.ballot = null;
      startLive();
      if (r.state === "waiting") showWaiting();
      else if (r.state === "revoked") showRevoked();
      else loadBallot();
    }, function (e) {
      S.claiming = false;
      if (!isHttp(e)) { unreachable(function () { claim(body, onRefused); }); return; }
      if (e.status === 404 && (e.code === "unknown-room" || e.code === "bad-code")) { noRoom(); return; }
      if (onRefused) { onRefused(e.message); return; }
      showProblem("Could not join", function () { return e.message; }, [["Pick your name", function () { dropPass(); loadSeats(); }, "primary"]]);
    });
  }

  function forget() {
    store.del(K_ID);
    store.del(K_AT);
    store.del(K_STEP);
    S.id = null; S.ballot = null; S.at = 0; S.status = {};
    dropPass();
  }
  // A personal link is used once; afterwards the room's shared address is shown.
  function dropPass() {
    if (!PASS) return;
    PASS = null;
    try { history.replaceState(null, "", "/r/" + encodeURIComponent(CODE)); } catch (e) { /* stays */ }
  }

  // --- waiting / revoked / no round
  function showWaiting() {
    if (S.ballot) setTop(S.ballot.workshop.title);
    var name = S.id ? S.id.name : "";
    screen("waiting", showWaiting, [
      h("section", {class: "panel center"},
        eyebrow(),
        h("div", {class: "pulse", "aria-hidden": "true"}),
        heading(t("Waiting for the facilitator to admit this device")),
        h("p", {text: t("{name} has already joined on another device, so the facilitator must admit this one. This page checks again every few seconds.", {name: name})}),
        h("div", {class: "actions"}, notMe(false)))
    ]);
  }

  function showRevoked() {
    screen("revoked", showRevoked, [
      h("section", {class: "panel center"},
        eyebrow(),
        heading(t("This device was signed out")),
        h("p", {text: t("The facilitator signed this device out, for example because you joined on another device. Your ratings so far stay saved.")}),
        h("div", {class: "actions"}, h("button", {type: "button", class: "primary", text: t("Pick my name again"),
          onclick: function () { forget(); loadSeats(); }})))
    ]);
  }

  function showNoRound() {
    var b = S.ballot;
    setTop(b.workshop.title);
    screen("noround", showNoRound, [
      h("section", {class: "panel center"},
        eyebrow(),
        h("div", {class: "pulse", "aria-hidden": "true"}),
        heading(t("Waiting for the facilitator to open a round")),
        h("p", {class: "who", text: whoText(b)}),
        h("p", {text: t("Your ballot appears here by itself as soon as the round opens.")}),
        h("div", {class: "actions"}, notMe(true)))
    ]);
  }

  function notMe(ask) {
    var name = S.id ? S.id.name : "";
    return h("button", {type: "button", class: "link", text: t("Not {name}? Pick another name", {name: name}), onclick: function () {
      if (ask && !window.confirm(t("Leave this ballot and pick another name? The ratings given so far stay saved."))) return;
      forget(); loadSeats();
    }});
  }

  function whoText(b) {
    var p = b.participant || {};
    return p.office ? p.name + " (" + p.office + ")" : (p.name || "");
  }

  // ---------------------------------------------------------------- ballot
  function loadBallot() {
    if (!S.id || !S.id.token) { loadSeats(); return Promise.resolve(); }
    if (S.loading) return Promise.resolve();
    S.loading = true;
    return api("GET", "ballot", undefined, S.id.token).then(function (b) {
      S.loading = false;
      setOffline(false);
      onBallot(b);
    }, function (e) {
      S.loading = false;
      if (!isHttp(e)) {
        setOffline(true);
        if (!S.ballot && S.screen !== "waiting") unreachable(loadBallot);
        return;
      }
      refused(e);
    });
  }

  // A refusal of the device itself (token, admission, room); true when handled.
  function refused(e) {
    if (e.code === "waiting") { if (S.screen !== "waiting") showWaiting(); return true; }
    if (e.code === "revoked") { if (S.screen !== "revoked") showRevoked(); return true; }
    if (e.status === 401 || e.code === "unknown-token") {
      forget(); loadSeats("This device is no longer joined. Pick your name to join again."); return true;
    }
    if (e.status === 404 && (e.code === "unknown-room" || e.code === "bad-code" || !e.code)) { noRoom(); return true; }
    if (e.code === "no-round" || e.code === "round-closed") { loadBallot(); return false; }
    if (S.screen !== "ballot") {
      var again = e.status === 429 || e.status >= 500 ? loadBallot : null;
      showProblem("Something went wrong", function () { return e.message; }, [["Try again", loadBallot, "primary"]], again);
      return true;
    }
    return false;
  }

  function shape(b) {
    return JSON.stringify([b.workshop, b.participant, b.round, b.proposals, b.criteria, b.results]);
  }

  function onBallot(b) {
    var prev = S.ballot;
    S.ballot = b;
    S.confirmed = {};
    var mine = b.mine || {};
    Object.keys(mine).forEach(function (k) { S.confirmed[k] = mine[k] === null ? {v: null, cj: true} : {v: mine[k], cj: false}; });
    var judged = (b.weights && b.weights.mine) || {};
    Object.keys(judged).forEach(function (k) { S.confirmed["w:" + k] = {v: judged[k], cj: false}; });
    S.wcons = b.weights ? b.weights.consistency : null;
    if (b.participant && S.id) {
      S.id.name = b.participant.name; S.id.office = b.participant.office || null; S.id.pid = b.participant.id;
      store.set(K_ID, S.id);
    }
    if (!b.round) { showNoRound(); return; }
    if (prev && prev.round && prev.round.number !== b.round.number) { S.notice = ""; S.status = {}; }
    Object.keys(qGet()).forEach(function (k) { if (!S.status[k] && !S.inflight[k]) S.status[k] = {kind: "queued"}; });
    if (W && (S.screen === "weights" ? b.weights && isOpen() : S.screen !== "ballot" && W.wanted(store.get(K_STEP)))) {
      if (S.screen === "weights" && S.wrendered === wshape(b)) W.updateAll();
      else W.render();
      if (qCount()) flush();
      return;
    }
    if (prev && S.screen === "ballot" && S.rendered === shape(b) + S.wide) {
      Object.keys(S.cells).forEach(updateCell);
      updateProgress();
    } else {
      renderBallot();
    }
    if (qCount()) flush();
  }

  function editable() {
    var b = S.ballot;
    return !!(b && b.round && b.round.status === "open" && (S.screen === "ballot" || S.screen === "weights"));
  }
  function isOpen() { var b = S.ballot; return !!(b && b.round && b.round.status === "open"); }

  // What a cell shows: the change waiting to be sent, else what the server holds.
  function shown(key) {
    var q = qGet()[key], b = S.ballot;
    if (q && isOpen() && q.round === b.round.number && S.id && q.pid === S.id.pid) {
      return (q.v === null && !q.cj) ? null : {v: q.v, cj: q.cj};
    }
    return S.confirmed[key] || null;
  }
  function answered(key) { return !!shown(key); }

  function progressText() {
    var b = S.ballot, cells = b.proposals.length * b.criteria.length, filled = 0;
    b.proposals.forEach(function (p) { b.criteria.forEach(function (c) { if (answered(p.id + ":" + c.id)) filled++; }); });
    return {filled: filled, cells: cells,
      text: cells && filled === cells ? t("Complete: all {cells} answered", {cells: cells}) : t("{filled} of {cells} answered", {filled: filled, cells: cells})};
  }
  function updateProgress() {
    var el = document.getElementById("progress");
    if (!el || !S.ballot) return;
    var pr = progressText(), waiting = isOpen() ? qCount() : 0;
    el.querySelector(".progress-text").textContent = pr.text;
    el.dataset.complete = pr.cells && pr.filled === pr.cells ? "true" : "false";
    var bar = el.querySelector("progress");
    bar.max = pr.cells || 1; bar.value = pr.filled;
    var pend = el.querySelector(".progress-pending");
    pend.textContent = waiting ? t("{n} not sent yet", {n: waiting}) : "";
    pend.hidden = !waiting;
    var dots = document.querySelectorAll(".jump button");
    for (var i = 0; i < dots.length; i++) setDot(dots[i], S.ballot.proposals[i], i);
  }

  function proposalState(p) {
    var n = 0, all = S.ballot.criteria.length;
    S.ballot.criteria.forEach(function (c) { if (answered(p.id + ":" + c.id)) n++; });
    return n === 0 ? "not started" : n === all ? "complete" : "started";
  }
  function setDot(btn, p, i) {
    if (!p) return;
    var st = proposalState(p);
    btn.dataset.state = st;
    btn.setAttribute("aria-label", t("Proposal {n}: {title}, {state}", {n: i + 1, title: p.title, state: t(st)}));
  }

  function criterionMeta(c) {
    return t("Scale {low}–{high}", {low: fmt(c.min), high: fmt(c.max)}) + " · " +
      (c.direction === "lower" ? t("lower is better") : t("higher is better"));
  }
  function usesSelect(c) {
    return Number.isInteger(c.min) && Number.isInteger(c.max) && c.max - c.min <= 20 && c.max >= c.min;
  }

  function renderBallot() {
    var b = S.ballot, open = isOpen();
    S.cells = {};
    setTop(b.workshop.title);
    if (S.at >= b.proposals.length) S.at = Math.max(0, b.proposals.length - 1);
    var head = h("section", {class: "ballot-head"},
      heading(b.workshop.title),
      h("p", {class: "who"},
        h("span", {class: "round", text: t(b.round.blind ? "Round {n} (blind)" : "Round {n}", {n: b.round.number})}),
        " · ", h("span", {text: whoText(b)})),
      h("div", {id: "progress", class: "progress", "aria-live": "polite"},
        h("progress", {max: "1", value: "0", "aria-hidden": "true"}),
        h("span", {class: "progress-text"}),
        h("span", {class: "progress-pending", hidden: true})),
      open ? h("p", {class: "muted hint", text: t("Every change is saved at once; there is nothing to submit.")})
        : h("p", {class: "note closed-note", role: "status", text: t("Round {n} is closed. Your ratings are shown read-only; the ballot opens again by itself if the facilitator opens another round.", {n: b.round.number})}),
      S.notice ? h("p", {class: "note warn", role: "status", text: S.notice}) : null,
      W && b.weights ? h("p", {class: "to-weights"}, h("button", {type: "button", class: "link", id: "to-weights",
        text: t("Criteria weights") + " · " + W.summary(), onclick: goWeights})) : null);
    var body = S.wide ? renderGrid(b, open) : renderCard(b, open);
    var foot = h("footer", {class: "ballot-foot"}, notMe(true));
    screen("ballot", renderBallot, [head, b.results ? renderResults(b.results) : null, body, foot], true);
    S.rendered = shape(b) + S.wide;
    Object.keys(S.cells).forEach(updateCell);
    updateProgress();
  }

  // What the presenter shows, when the facilitator lets participants see it: figures come
  // rounded from the server, by the application's rule, and are only written out here.
  function one(x) {
    if (x === null || x === undefined) return "—";
    try { return new Intl.NumberFormat(lang, {minimumFractionDigits: 1, maximumFractionDigits: 1}).format(x); }
    catch (e) { return x.toFixed(1); }
  }
  function signed(x) {
    if (x === null || x === undefined) return "—";
    var text = one(Math.abs(x));
    return x > 0 ? "+" + text : (x < 0 ? "\u2212" + text : text);
  }
  function renderResults(r) {
    var heads = [["Rank", "fig"], ["Proposal", ""], ["Score", "fig"], ["PMO", "fig"], ["TMO", "fig"], ["Gap", "fig"]];
    return h("section", {class: "results", "aria-labelledby": "results-title"},
      h("h2", {id: "results-title", text: t("Results of round {n}", {n: r.round})}),
      h("div", {class: "grid-wrap"}, h("table", {class: "grid results-table"},
        h("thead", null, h("tr", null, heads.map(function (x) {
          return h("th", {scope: "col", class: x[1] || null, text: t(x[0])});
        }))),
        h("tbody", null, r.proposals.map(function (p) {
          return h("tr", null,
            h("td", {class: "fig rank", text: p.rank ? String(p.rank) : "—"}),
            h("th", {scope: "row", text: p.title}),
            h("td", {class: "fig", "data-label": t("Score"), text: one(p.score)}),
            h("td", {class: "fig", "data-label": t("PMO"), text: one(p.pmo)}),
            h("td", {class: "fig", "data-label": t("TMO"), text: one(p.tmo)}),
            h("td", {class: "fig", "data-label": t("Gap"), text: signed(p.gap)}));
        })))),
      h("p", {class: "muted", text: t("Scores run from 0 to 100; the gap is the PMO score minus the TMO score.")}),
      r.withheld ? h("p", {class: "muted", text: t("— withheld for privacy: fewer than two participants of an office rated it.")}) : null);
  }

  function criterionHead(c, tag, attrs) {
    return h(tag, attrs,
      h("span", {class: "c-name", text: c.name}),
      h("span", {class: "c-meta", text: criterionMeta(c)}),
      c.description ? h("span", {class: "c-desc", text: c.description}) : null);
  }

  function renderGrid(b, open) {
    var table = h("table", {class: "grid"},
      h("caption", {class: "sr-only", text: t("Ballot")}),
      h("thead", null, h("tr", null,
        h("th", {scope: "col", class: "p-col", text: t("Proposal")}),
        b.criteria.map(function (c) { return criterionHead(c, "th", {scope: "col"}); }))),
      h("tbody", null, b.proposals.map(function (p) {
        return h("tr", null,
          h("th", {scope: "row", class: "p-col"},
            h("span", {class: "p-title", text: p.title}),
            p.description ? h("span", {class: "p-desc", text: p.description}) : null),
          b.criteria.map(function (c) { return h("td", null, cell(p, c, open)); }));
      })));
    return h("div", {class: "grid-wrap"}, table);
  }

  function renderCard(b, open) {
    var n = b.proposals.length, i = S.at, p = b.proposals[i];
    if (!p) return h("p", {class: "muted", text: "—"});
    function go(to) {
      S.at = to; store.set(K_AT, to);
      renderBallot();
      var t2 = document.getElementById("p-title");
      if (t2) t2.focus();
      window.scrollTo(0, 0);
    }
    var jump = h("nav", {class: "jump", "aria-label": t("Proposals")}, b.proposals.map(function (q, j) {
      return h("button", {type: "button", text: String(j + 1), "aria-current": j === i ? "step" : null,
        onclick: function () { go(j); }});
    }));
    return h("section", {class: "card", "aria-labelledby": "p-title"},
      jump,
      h("p", {class: "muted step", text: t("Proposal {n} of {count}", {n: i + 1, count: n})}),
      h("h2", {id: "p-title", tabindex: "-1", text: p.title}),
      p.description ? h("p", {class: "p-desc", text: p.description}) : null,
      h("div", {class: "fields"}, b.criteria.map(function (c) {
        return h("div", {class: "field"}, criterionHead(c, "div", {class: "c-head"}), cell(p, c, open));
      })),
      h("div", {class: "pager"},
        h("button", {type: "button", class: "secondary", id: "prev", disabled: i === 0, text: "‹ " + t("Previous"),
          onclick: function () { go(i - 1); }}),
        h("button", {type: "button", class: "primary", id: "next", disabled: i >= n - 1, text: t("Next") + " ›",
          onclick: function () { go(i + 1); }})));
  }

  function cell(p, c, open) {
    var key = p.id + ":" + c.id, id = "c-" + cid(key);
    var label = p.title + " — " + c.name;
    var st = h("span", {class: "st", id: "st-" + cid(key), "data-state": ""});
    var wrap = h("div", {class: "cell", "data-key": key});
    var entry = {wrap: wrap, st: st, kind: "text"};
    if (!open) {
      entry.ctl = h("span", {class: "ro", id: id});
      add(wrap, [entry.ctl]);
    } else if (usesSelect(c)) {
      var sel = h("select", {id: id, "aria-label": label, "aria-describedby": st.id, "data-key": key});
      add(sel, h("option", {value: "", text: "—"}));
      for (var x = c.min; x <= c.max; x++) add(sel, h("option", {value: String(x), text: fmt(x)}));
      add(sel, h("option", {value: "cj", text: t("can't judge")}));
      sel.addEventListener("change", function () {
        var v = sel.value;
        if (v === "") change(key, null, false);
        else if (v === "cj") change(key, null, true);
        else change(key, Number(v), false);
      });
      sel.addEventListener("keydown", function (ev) {
        if (ev.key === "?") { ev.preventDefault(); sel.value = "cj"; change(key, null, true); }
        else if (ev.key === "Delete") { ev.preventDefault(); sel.value = ""; change(key, null, false); }
      });
      entry.kind = "select"; entry.ctl = sel;
      add(wrap, sel);
    } else {
      var inp = h("input", {id: id, type: "number", inputmode: "decimal", step: "any", min: c.min, max: c.max,
        "aria-label": label, "aria-describedby": st.id, "data-key": key});
      var cjb = h("button", {type: "button", class: "cj-toggle", "aria-pressed": "false", "aria-label": label + " — " + t("can't judge"),
        text: t("can't judge")});
      inp.addEventListener("change", function () {
        var raw = inp.value.trim();
        if (raw === "" && !inp.validity.badInput) { change(key, null, false); return; }
        var v = inp.valueAsNumber;
        if (!isFinite(v) || v < c.min || v > c.max) {
          S.status[key] = {kind: "error", msg: t("Enter a number from {low} to {high}.", {low: fmt(c.min), high: fmt(c.max)})};
          inp.setAttribute("aria-invalid", "true");
          updateCell(key);
          return;
        }
        inp.removeAttribute("aria-invalid");
        change(key, v, false);
      });
      inp.addEventListener("keydown", function (ev) {
        if (ev.key === "?") { ev.preventDefault(); inp.value = ""; change(key, null, true); }
      });
      cjb.addEventListener("click", function () {
        var cur = shown(key);
        inp.value = "";
        inp.removeAttribute("aria-invalid");
        change(key, null, !(cur && cur.cj));
      });
      entry.kind = "number"; entry.ctl = inp; entry.cjb = cjb;
      add(wrap, h("div", {class: "num"}, inp, cjb));
    }
    add(wrap, st);
    S.cells[key] = entry;
    return wrap;
  }

  function updateCell(key) {
    if (key.slice(0, 2) === "w:") { if (W && S.screen === "weights") W.update(key); return; }
    var e = S.cells[key];
    if (!e) return;
    var val = shown(key);
    var kind = !val ? "empty" : val.cj ? "cj" : "set";
    e.wrap.dataset.value = kind;
    if (e.kind === "text") {
      e.ctl.textContent = kind === "set" ? fmt(val.v) : kind === "cj" ? t("can't judge") : "";
      if (kind === "empty") add(e.ctl, [h("span", {"aria-hidden": "true", text: "—"}), h("span", {class: "sr-only", text: t("not rated")})]);
    } else if (e.kind === "select") {
      var want = kind === "empty" ? "" : kind === "cj" ? "cj" : String(val.v);
      if (kind === "set" && !e.ctl.querySelector('option[value="' + want + '"]')) {
        e.ctl.insertBefore(h("option", {value: want, text: fmt(val.v)}), e.ctl.lastChild);
      }
      if (e.ctl.value !== want) e.ctl.value = want;
    } else {
      var text = kind === "set" ? String(val.v) : "";
      if (document.activeElement !== e.ctl && e.ctl.value !== text) e.ctl.value = text;
      e.ctl.placeholder = kind === "cj" ? t("can't judge") : "—";
      e.cjb.setAttribute("aria-pressed", kind === "cj" ? "true" : "false");
    }
    var st = S.status[key];
    if (st && e.kind === "text" && st.kind !== "error") st = null;  // read-only: only what went wrong
    e.st.dataset.state = st ? st.kind : "";
    e.st.textContent = statusText(st);
  }
  function statusText(st) {
    return !st ? "" :
      st.kind === "saving" ? t("Saving…") :
      st.kind === "saved" ? "✓ " + t("Saved") :
      st.kind === "queued" ? t("Offline, queued") :
      st.kind === "retry" ? t("Not saved yet, retrying") :
      t("Not saved: {message}", {message: st.msg});
  }

  // ---------------------------------------------------------------- saving
  function change(key, v, cj) {
    if (!editable()) return;
    var parts = key.split(":"), q = qGet(), entry = {pid: S.id.pid, round: S.ballot.round.number,
      v: v, cj: !!cj, seq: Date.now() + "." + (++S.seq)};
    // a rating "p:c", or a pairwise judgement "w:a:b" (how many times a outweighs b)
    if (parts[0] === "w") { entry.a = Number(parts[1]); entry.b = Number(parts[2]); entry.cj = false; }
    else { entry.p = Number(parts[0]); entry.c = Number(parts[1]); }
    q[key] = entry;
    qSet(q);
    S.status[key] = {kind: "saving"};
    updateCell(key); updateProgress();
    send(key);
  }

  function send(key) {
    if (S.inflight[key]) { S.again[key] = true; return Promise.resolve(); }
    var entry = qGet()[key];
    if (!entry || !S.id) return Promise.resolve();
    S.inflight[key] = true;
    S.status[key] = {kind: "saving"};
    updateCell(key);
    var judged = entry.a !== undefined;
    var sent = judged ? api("POST", "judgement", {criterion_a: entry.a, criterion_b: entry.b, value: entry.v}, S.id.token)
      : api("PUT", "rating", {proposal_id: entry.p, criterion_id: entry.c, value: entry.v, cant_judge: entry.cj}, S.id.token);
    return sent.then(function (answer) {
      if (judged && answer && answer.consistency) S.wcons = answer.consistency;
      qDone(key, entry);
      if (entry.v === null && !entry.cj) delete S.confirmed[key];
      else S.confirmed[key] = {v: entry.v, cj: entry.cj};
      setOffline(false);
      S.status[key] = {kind: qGet()[key] ? "saving" : "saved"};
    }, function (e) {
      if (!isHttp(e)) {
        S.status[key] = {kind: "queued"};
        setOffline(true);
      } else if (e.status === 429 || e.status >= 500) {
        S.status[key] = {kind: "retry"};
      } else {
        qDone(key, entry);
        S.status[key] = {kind: "error", msg: e.message};
        announce(t("Not saved: {message}", {message: e.message}));
        refused(e);
      }
    }).then(function () {
      S.inflight[key] = false;
      updateCell(key); updateProgress();
      if (S.again[key]) { S.again[key] = false; if (!S.offline) return send(key); }
    });
  }

  // Resend what is waiting: only into the round it was made in, and only while that round is open.
  function flush() {
    if (S.flushing || !S.id || !S.id.token || !qCount()) return Promise.resolve();
    S.flushing = true;
    return api("GET", "state").then(function (st) {
      setOffline(false);
      var q = qGet(), keys = Object.keys(q), lost = 0, chain = Promise.resolve();
      keys.forEach(function (k) {
        var e = q[k];
        if (e.pid !== S.id.pid || st.status !== "open" || st.round !== e.round) {
          qDone(k, e); lost++;
          S.status[k] = {kind: "error", msg: t("Round {n} was closed before this change could be sent.", {n: e.round})};
          updateCell(k);
          return;
        }
        if (!S.inflight[k]) chain = chain.then(function () { return send(k); });
      });
      if (lost) S.notice = t("The round was closed before these changes could be sent: {n}.", {n: lost});
      onState(st);
      return chain;
    }, function (e) {
      if (!isHttp(e)) setOffline(true);
    }).then(function () { S.flushing = false; updateProgress(); }, function () { S.flushing = false; });
  }

  function setOffline(flag) {
    if (S.offline === flag) return;
    S.offline = flag;
    netBar.hidden = !flag;
    netBar.textContent = flag ? t("Offline: your changes are kept on this device and sent as soon as the connection is back.") : "";
    if (flag) {
      var q = qGet();
      Object.keys(q).forEach(function (k) { if (!S.inflight[k]) { S.status[k] = {kind: "queued"}; updateCell(k); } });
    } else if (qCount()) {
      setTimeout(flush, 0);
    }
  }

  function announce(msg) {
    live.textContent = "";
    setTimeout(function () { live.textContent = msg; }, 50);
  }

  // ---------------------------------------------------------------- round changes
  var last = {state: 0, flush: 0, wait: 0, retry: 0};
  function onState(st) {
    if (!st || !S.id || !S.id.token) return;
    var b = S.ballot, known = S.version;
    S.version = st.version;
    if (S.screen === "waiting" || S.screen === "revoked" || S.screen === "seats" || S.screen === "code") return;
    var round = b && b.round ? b.round.number : null, status = b && b.round ? b.round.status : null;
    var stRound = st.round === undefined ? null : st.round, stStatus = st.status === undefined ? null : st.status;
    if (!b || (known !== undefined && known !== st.version) || stRound !== round || stStatus !== status) loadBallot();
  }
  function pollState() {
    last.state = Date.now();
    return api("GET", "state").then(function (st) { setOffline(false); onState(st); },
      function (e) { if (!isHttp(e)) setOffline(true); });
  }
  function startLive() {
    if (S.es || !window.EventSource) return;
    try {
      var es = new EventSource(API + "events");
      es.addEventListener("state", function (ev) {
        var st = null;
        try { st = JSON.parse(ev.data); } catch (e) { return; }
        onState(st);
      });
      es.onopen = function () { S.esOpen = true; };
      es.onerror = function () { S.esOpen = es.readyState === 1; };
      S.es = es;
    } catch (e) { S.es = null; }
  }

  function tick() {
    var now = Date.now();
    if (S.id && S.id.token) {
      if (now - last.state >= (S.esOpen ? 15000 : 5000)) pollState();
      if (qCount() && now - last.flush >= 4000) { last.flush = now; flush(); }
      if (S.screen === "waiting" && now - last.wait >= 4000) { last.wait = now; loadBallot(); }
    }
    if (S.retry && now - last.retry >= 5000) { last.retry = now; var f = S.retry; S.retry = null; f(); }
  }

  // ---------------------------------------------------------------- chrome
  function buildChrome() {
    main = document.getElementById("main");
    netBar = document.getElementById("net");
    live = document.getElementById("live");
    langSel = document.getElementById("lang");
    LANGS.forEach(function (l) { add(langSel, h("option", {value: l[0], lang: l[0], text: l[1]})); });
    langSel.value = lang;
    langSel.addEventListener("change", function () { setLang(langSel.value, true); });
    setLang(lang, false);
  }
  function setLang(code, redraw) {
    lang = code;
    store.set(K_LANG, code);
    document.documentElement.lang = code;
    langSel.setAttribute("aria-label", t("Language"));
    var ll = document.getElementById("lang-label");
    if (ll) ll.textContent = t("Language");
    if (S.offline) netBar.textContent = t("Offline: your changes are kept on this device and sent as soon as the connection is back.");
    if (redraw && S.view) S.view();
    else if (!redraw) { var ld = main.querySelector(".loading"); if (ld) ld.textContent = t("Loading…"); }
  }

  // The criteria weights step (weights.js), given what it needs of this page.
  var W = null;
  function wshape(b) { return JSON.stringify([b.workshop, b.participant, b.round, b.criteria, b.weights && b.weights.pairs]); }
  function goWeights() { store.set(K_STEP, "weights"); W.render(); window.scrollTo(0, 0); }
  function goBallot() { store.set(K_STEP, "ballot"); renderBallot(); window.scrollTo(0, 0); }
  function makeWeights() {
    if (!window.ROOM_WEIGHTS) return null;
    return window.ROOM_WEIGHTS({
      h: h, add: add, t: t, fmt: fmt, fmt2: fmt2, S: S, shown: shown, isOpen: isOpen, qGet: qGet,
      change: function (key, v) { change(key, v, false); }, statusText: statusText,
      setTop: setTop, eyebrow: eyebrow, heading: heading, whoText: whoText, screen: screen,
      notMe: notMe, goBallot: goBallot, wshape: wshape
    });
  }

  function boot() {
    buildChrome();
    W = makeWeights();
    if (mq) {
      var onWidth = function () {
        S.wide = mq.matches;
        if (S.screen === "ballot") renderBallot();
      };
      if (mq.addEventListener) mq.addEventListener("change", onWidth); else if (mq.addListener) mq.addListener(onWidth);
    }
    window.addEventListener("online", function () { flush(); pollState(); });
    window.addEventListener("offline", function () { setOffline(true); });
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "visible" && S.id && S.id.token) { pollState(); flush(); }
    });
    setInterval(tick, 1000);
    if (!CODE) { noRoom(); return; }
    if (PASS && !(S.id && S.id.token && S.id.pass === PASS)) { claim({pass: PASS}, null); return; }
    if (S.id && S.id.token) { qPrune(); startLive(); loadBallot(); }
    else loadSeats();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
  else boot();
})();
