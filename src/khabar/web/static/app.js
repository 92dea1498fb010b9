// khabar web UI: draws the timeline and the framing chart as SVG from the JSON the API serves
// (embedded in the page). Presentation only: every number comes from the server.
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var LANG_COLORS = { ur: "#2e8b57", ar: "#c0392b", fa: "#6c4fb3", en: "#1f6fb2" };
  var STANCE_COLORS = { delegitimising: "#d9534f", neutral: "#9aa5b1", legitimising: "#3a9d5d", other: "#c9b458" };

  function el(name, attrs, parent) {
    var n = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { n.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(n);
    return n;
  }
  function readJSON(id) {
    var node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }
  function toTime(iso) { // "2024", "2024-12", "2024-12-08" -> ms
    var p = iso.split("-").map(Number);
    return Date.UTC(p[0], (p[1] || 1) - 1, p[2] || 1);
  }
  function title(node, text) { var t = el("title", {}, node); t.textContent = text; }

  function drawTimeline(box, data) {
    var events = data.events || [], pubs = data.publications || [];
    if (!data.range) { box.textContent = "No resolved dates in this story."; return; }
    var W = Math.max(640, box.clientWidth - 16), H = 190, L = 40, R = 40;
    var t0 = toTime(data.range[0]), t1 = toTime(data.range[1]);
    if (t1 - t0 < 864e5) { t0 -= 864e5; t1 += 864e5; }
    var x = function (iso) { return L + (toTime(iso) - t0) / (t1 - t0) * (W - L - R); };
    var svg = el("svg", { viewBox: "0 0 " + W + " " + H, width: W, height: H, role: "img", "aria-label": "story timeline", "class": "timeline" }, box);
    el("line", { x1: L, x2: W - R, y1: 110, y2: 110, stroke: "#8894a0" }, svg);
    var lab0 = el("text", { x: L, y: 128, "text-anchor": "start" }, svg); lab0.textContent = data.range[0];
    var lab1 = el("text", { x: W - R, y: 128, "text-anchor": "end" }, svg); lab1.textContent = data.range[1];
    var maxc = Math.max.apply(null, events.map(function (e) { return e.count; }).concat([1]));
    events.forEach(function (e, i) {
      var cx = x(e.date), r = 5 + 9 * Math.sqrt(e.count / maxc);
      var g = el("g", { "class": "event", "data-date": e.date }, svg);
      el("line", { x1: cx, x2: cx, y1: 110, y2: 70, stroke: "#c3cad2" }, g);
      el("circle", { cx: cx, cy: 60, r: r, fill: "#0b5cad", "fill-opacity": 0.75 }, g);
      var t = el("text", { x: cx, y: 60 - r - 6 - (i % 2) * 12, "text-anchor": "middle" }, g);
      t.textContent = e.date + " (" + e.count + ")";
      title(g, e.date + ": " + e.mentions.map(function (m) { return m.text + " [" + m.lang + ", " + m.calendar + "]"; }).join("; "));
    });
    pubs.forEach(function (p, i) {
      var g = el("g", { "class": "publication", "data-article": p.article }, svg);
      el("rect", { x: x(p.date) - 4, y: 140 + (i % 4) * 11, width: 8, height: 8, fill: LANG_COLORS[p.lang] || "#777" }, g);
      title(g, "published " + p.date + " · " + (p.outlet || "") + " · " + (p.title || p.article));
    });
    var lx = L;
    Object.keys(LANG_COLORS).forEach(function (lg) {
      el("rect", { x: lx, y: 8, width: 8, height: 8, fill: LANG_COLORS[lg] }, svg);
      var t = el("text", { x: lx + 11, y: 16 }, svg); t.textContent = lg;
      lx += 40;
    });
    var tl = el("text", { x: lx + 10, y: 16 }, svg); tl.textContent = "● dates reported in the articles   ■ publication";
  }

  function drawFraming(box, data) {
    var outlets = data.outlets || [], stances = data.stances || [], counts = data.stance_by_outlet || {};
    var rowH = 22, L = 180, W = Math.max(560, box.clientWidth - 16), H = 30 + rowH * outlets.length;
    var max = 1;
    outlets.forEach(function (o) {
      var c = counts[o.outlet] || {}, s = 0;
      stances.forEach(function (k) { s += c[k] || 0; });
      max = Math.max(max, s);
    });
    var svg = el("svg", { viewBox: "0 0 " + W + " " + H, width: W, height: H, role: "img", "aria-label": "labels by stance per outlet" }, box);
    outlets.forEach(function (o, i) {
      var y = 6 + i * rowH, xx = L, c = counts[o.outlet] || {};
      var t = el("text", { x: L - 8, y: y + 13, "text-anchor": "end" }, svg); t.textContent = o.outlet;
      stances.forEach(function (k) {
        var n = c[k] || 0; if (!n) return;
        var w = n / max * (W - L - 20);
        var r = el("rect", { x: xx, y: y, width: w, height: rowH - 6, fill: STANCE_COLORS[k] || "#999" }, svg);
        title(r, k + ": " + n);
        xx += w;
      });
    });
    var lx = L;
    stances.forEach(function (k) {
      el("rect", { x: lx, y: H - 14, width: 8, height: 8, fill: STANCE_COLORS[k] }, svg);
      var t = el("text", { x: lx + 11, y: H - 6 }, svg); t.textContent = k; lx += 110;
    });
  }

  function init() {
    var tl = document.getElementById("timeline"), tlData = readJSON("timeline-data");
    if (tl && tlData) drawTimeline(tl, tlData);
    var fr = document.getElementById("framing-chart"), frData = readJSON("framing-data");
    if (fr && frData) drawFraming(fr, frData);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
