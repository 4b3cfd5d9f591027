/* The room: the criteria weights step. When the workshop asks for pairwise weights, a
   participant compares the criteria in pairs (Saaty's 17 answers) before rating. Saving,
   queueing and retrying are room.js's, exactly as for ratings; this file draws the step.
   What the answers say (weights, consistency ratio, the least consistent answer) comes from
   the room, computed there by the application's one rule, and only for this participant. */
(function () {
  "use strict";

  // Position on the slider (-8 .. 8) <-> how many times A outweighs B (9 .. 1 .. 1/9).
  var STEPS = [
    "{side} extremely more important",
    "{side} very strongly to extremely more important",
    "{side} very strongly more important",
    "{side} strongly to very strongly more important",
    "{side} strongly more important",
    "{side} moderately to strongly more important",
    "{side} moderately more important",
    "{side} equally to moderately more important"
  ];
  function lean(x) { return x < 0 ? "a" : x > 0 ? "b" : "equal"; }
  function valueAt(x) { return x <= 0 ? 1 - x : 1 / (1 + x); }
  function positionOf(v) {
    if (!(v > 0)) return 0;
    return v >= 1 ? -Math.round(v - 1) : Math.round(1 / v - 1);
  }

  window.ROOM_WEIGHTS = function (R) {
    var h = R.h, t = R.t;
    var pairs = {};  // "w:a:b" -> {input, text, st, wrap, clear, badge}

    function names() {
      var found = {};
      R.S.ballot.criteria.forEach(function (c) { found[c.id] = c.name; });
      return found;
    }
    function keyOf(p) { return "w:" + p[0] + ":" + p[1]; }
    function answerText(x, a, b) {
      if (x === 0) return t("Equal");
      return x < 0 ? t(STEPS[x + 8], {side: a}) : t(STEPS[8 - x], {side: b});
    }
    function counts() {
      var w = R.S.ballot.weights, n = 0;
      w.pairs.forEach(function (p) { if (R.shown(keyOf(p))) n++; });
      return {n: n, count: w.pairs.length};
    }
    function pending() {
      var q = R.qGet();
      return Object.keys(q).some(function (k) { return k.slice(0, 2) === "w:"; });
    }

    // The ballot's link to this step.
    function summary() {
      var c = counts();
      return t("{n} of {count} pairs answered", c);
    }
    // Where the page starts: the step, unless the round is not open, the person has moved on,
    // or every pair is answered already.
    function wanted(saved) {
      var b = R.S.ballot;
      if (!b || !b.weights || !R.isOpen()) return false;
      if (saved) return saved === "weights";
      var c = counts();
      return c.n < c.count;
    }

    function pair(p, i, total, open) {
      var key = keyOf(p), n = names(), a = n[p[0]], b = n[p[1]];
      var id = "w-" + p[0] + "-" + p[1];
      var input = h("input", {type: "range", id: id, min: "-8", max: "8", step: "1", value: "0",
        "aria-label": t("{a} vs {b}", {a: a, b: b}), "aria-describedby": id + "-st",
        disabled: !open, "data-key": key});
      var text = h("p", {class: "answer", id: id + "-text", "aria-hidden": "true"});
      var st = h("span", {class: "st", id: id + "-st", "data-state": ""});
      var clear = open ? h("button", {type: "button", class: "secondary small", text: t("Clear"),
        "aria-label": t("Clear") + ": " + t("{a} vs {b}", {a: a, b: b}),
        onclick: function () { R.change(key, null); input.focus(); }}) : null;
      var badge = h("span", {class: "worst-badge", hidden: true, text: t("least consistent")});
      function commit() { R.change(key, valueAt(Number(input.value))); }
      input.addEventListener("change", commit);
      input.addEventListener("input", function () {
        text.textContent = answerText(Number(input.value), a, b);
        wrap.dataset.value = "set";
        wrap.dataset.lean = lean(Number(input.value));
      });
      // A tap (or Enter, Space) on an unanswered slider keeps where it stands: Equal.
      input.addEventListener("click", function () { if (!R.shown(key)) commit(); });
      input.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter" || (ev.key === " " && !R.shown(key))) { ev.preventDefault(); commit(); }
        else if (ev.key === "Delete" || ev.key === "Backspace") { ev.preventDefault(); R.change(key, null); }
      });
      var wrap = h("div", {class: "pair", "data-key": key},
        h("div", {class: "pair-top"},
          h("span", {class: "muted step", text: t("Pair {n} of {count}", {n: i + 1, count: total})}),
          badge),
        h("div", {class: "sides", "aria-hidden": "true"},
          h("span", {class: "side side-a", text: a}),
          h("span", {class: "side side-b", text: b})),
        input,
        h("div", {class: "ticks", "aria-hidden": "true"},
          Array.apply(null, Array(17)).map(function (_, j) {
            return h("span", {class: j === 8 ? "tick mid" : j % 2 ? "tick" : "tick major"});
          })),
        text,
        h("div", {class: "pair-foot"}, st, clear));
      pairs[key] = {input: input, text: text, st: st, wrap: wrap, clear: clear, badge: badge, a: a, b: b};
      return wrap;
    }

    function update(key) {
      var e = pairs[key];
      if (!e) return;
      var val = R.shown(key), x = val ? positionOf(val.v) : 0;
      e.wrap.dataset.value = val ? "set" : "empty";
      e.wrap.dataset.lean = val ? lean(x) : "";
      if (document.activeElement !== e.input || !val) e.input.value = String(x);
      e.input.setAttribute("aria-valuetext", val ? answerText(x, e.a, e.b) : t("Not answered yet"));
      e.text.textContent = val ? answerText(x, e.a, e.b) : t("Not answered yet");
      if (e.clear) e.clear.disabled = !val;
      var st = R.S.status[key];
      e.st.dataset.state = st ? st.kind : "";
      e.st.textContent = R.statusText(st);
      refresh();
    }

    function consistencyBox() {
      return h("section", {class: "consistency", id: "consistency", "aria-labelledby": "cons-title", "aria-live": "polite"},
        h("h2", {id: "cons-title", text: t("Your weights")}),
        h("div", {class: "cons-body"}),
        h("p", {class: "muted small-print", text: t("Only you see this.")}));
    }

    // The counts, the consistency and the least consistent pair, as the room last said.
    function refresh() {
      var b = R.S.ballot, box = document.getElementById("consistency");
      if (!b || !b.weights || !box) return;
      var c = counts(), prog = document.getElementById("w-progress");
      if (prog) prog.textContent = summary();
      var cons = R.S.wcons || b.weights.consistency || {}, n = names();
      var worst = cons.worst ? "w:" + cons.worst[0] + ":" + cons.worst[1] : null;
      var swapped = cons.worst ? "w:" + cons.worst[1] + ":" + cons.worst[0] : null;
      Object.keys(pairs).forEach(function (k) {
        var on = k === worst || k === swapped;
        pairs[k].badge.hidden = !on;
        pairs[k].wrap.dataset.worst = on ? "true" : "false";
      });
      var body = box.querySelector(".cons-body");
      body.textContent = "";
      if (!cons.weights) {
        R.add(body, h("p", {class: "muted", text: t("Compare pairs that link every criterion to see your weights.")}));
      } else {
        R.add(body, h("ul", {class: "wbars"}, cons.weights.map(function (w) {
          return h("li", null,
            h("span", {class: "wname", text: n[w.id]}),
            h("span", {class: "wfig", text: t("{percent}%", {percent: R.fmt(w.percent)})}),
            h("progress", {max: "100", value: String(w.percent), "aria-hidden": "true"}));
        })));
        if (cons.ratio !== null && cons.ratio !== undefined) {
          var ok = cons.acceptable;
          var ratio = {ratio: R.fmt2(cons.ratio)};
          R.add(body, h("p", {class: ok ? "cr ok" : "cr warn", text: ok
            ? t("Consistency ratio {ratio}: consistent", ratio)
            : t("Consistency ratio {ratio}: above 0.10, worth a second look", ratio)}));
        }
        if (cons.worst) {
          var target = pairs[worst] || pairs[swapped];
          R.add(body, h("p", null, h("button", {type: "button", class: "link", id: "to-worst",
            text: t("Least consistent answer: {a} vs {b}", {a: n[cons.worst[0]], b: n[cons.worst[1]]}),
            onclick: function () {
              if (!target) return;
              target.wrap.scrollIntoView({block: "center"});
              target.input.focus({preventScroll: true});
            }})));
        }
      }
      if (pending()) R.add(body, h("p", {class: "muted", text: t("Updated once your answers reach the room.")}));
      var done = document.getElementById("w-done");
      if (done) done.dataset.complete = c.n === c.count ? "true" : "false";
    }

    function render() {
      var b = R.S.ballot, open = R.isOpen(), list = b.weights.pairs;
      pairs = {};
      R.setTop(b.workshop.title);
      var toRating = function () { R.goBallot(); };
      var head = h("section", {class: "ballot-head"},
        R.eyebrow(),
        R.heading(t("Criteria weights")),
        h("p", {class: "who", text: R.whoText(b)}),
        h("p", {class: "lead", text: t("Before rating, compare the criteria in pairs: which matters more, and how much? This step is optional.")}),
        open ? h("p", {class: "muted hint", text: t("Slide towards the criterion that matters more. Keys: arrows move, Enter chooses, Delete clears.")})
          : h("p", {class: "note closed-note", role: "status", text: t("The round is closed; your criteria weights are shown read-only.")}),
        h("div", {class: "actions split"},
          h("span", {class: "progress-text", id: "w-progress", "aria-live": "polite"}),
          h("button", {type: "button", class: "secondary", id: "w-skip", text: t("Skip to rating"), onclick: toRating})));
      var body = h("div", {class: "pairs"}, list.map(function (p, i) { return pair(p, i, list.length, open); }));
      var foot = h("div", {class: "actions"},
        h("button", {type: "button", class: "primary wide", id: "w-done", text: t("Go to rating") + " ›", onclick: toRating}));
      R.screen("weights", render, [head, body, consistencyBox(), foot, h("footer", {class: "ballot-foot"}, R.notMe(true))], true);
      R.S.wrendered = R.wshape(b);
      Object.keys(pairs).forEach(update);
      refresh();
    }

    function updateAll() { Object.keys(pairs).forEach(update); }

    return {render: render, updateAll: updateAll, update: update, wanted: wanted, summary: summary};
  };
})();
