// Draws the latency-over-time and throughput charts as inline SVG from the embedded report data.
// No library and no network: the report is one self-contained file.
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var colors = ["#2563eb", "#d97706", "#dc2626", "#059669", "#7c3aed", "#0891b2", "#be185d", "#4d7c0f"];

  function el(name, attrs, parent) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(node);
    return node;
  }

  function text(parent, x, y, content, anchor, color) {
    var t = el("text", { x: x, y: y, "font-size": 11, "text-anchor": anchor || "start", fill: color || "#374151" }, parent);
    t.textContent = content;
    return t;
  }

  function niceMax(v) {
    if (!(v > 0)) return 1;
    var p = Math.pow(10, Math.floor(Math.log10(v)));
    var steps = [1, 2, 2.5, 5, 10];
    for (var i = 0; i < steps.length; i++) if (steps[i] * p >= v) return steps[i] * p;
    return 10 * p;
  }

  function draw(container, spec) {
    var W = 1000, H = 260, L = 60, R = 190, T = 16, B = 32;
    var svg = el("svg", { viewBox: "0 0 " + W + " " + H, width: "100%", role: "img", "aria-label": spec.title }, null);
    var points = 0, yMax = 0;
    spec.series.forEach(function (s) { s.values.forEach(function (p) { yMax = Math.max(yMax, p[1]); }); });
    yMax = niceMax(yMax);
    var xMax = Math.max(spec.xMax, 1);
    function X(v) { return L + (v / xMax) * (W - L - R); }
    function Y(v) { return T + (1 - v / yMax) * (H - T - B); }
    for (var i = 0; i <= 4; i++) {
      var v = (yMax * i) / 4;
      el("line", { x1: L, x2: W - R, y1: Y(v), y2: Y(v), stroke: "#e5e7eb" }, svg);
      text(svg, L - 6, Y(v) + 4, String(Math.round(v * 10) / 10), "end");
    }
    for (var j = 0; j <= 5; j++) {
      var s = (xMax * j) / 5;
      text(svg, X(s), H - 12, Math.round(s) + " s", "middle");
    }
    el("line", { x1: L, x2: L, y1: T, y2: H - B, stroke: "#9ca3af" }, svg);
    el("line", { x1: L, x2: W - R, y1: H - B, y2: H - B, stroke: "#9ca3af" }, svg);
    spec.series.forEach(function (series, k) {
      var color = colors[k % colors.length];
      if (series.values.length > 0) {
        var path = series.values.map(function (p) { return X(p[0]).toFixed(1) + "," + Y(p[1]).toFixed(1); }).join(" ");
        el("polyline", { points: path, fill: "none", stroke: color, "stroke-width": 1.8, "data-series": series.name }, svg);
        points += series.values.length;
      }
      el("rect", { x: W - R + 12, y: T + k * 18, width: 12, height: 3, fill: color }, svg);
      text(svg, W - R + 30, T + k * 18 + 5, series.name);
    });
    (data.faults[spec.run] || []).forEach(function (f) {
      el("line", { x1: X(f.at), x2: X(f.at), y1: T, y2: H - B, stroke: "#b91c1c", "stroke-dasharray": "5 4", "data-fault": f.label }, svg);
      text(svg, X(f.at) + 4, T + 10, f.label, "start", "#b91c1c");
    });
    if (points === 0) text(svg, (L + W - R) / 2, H / 2, "no samples", "middle", "#6b7280");
    text(svg, 8, T + 4, spec.unit);
    container.appendChild(svg);
    container.setAttribute("data-points", String(points));
    container.setAttribute("data-rendered", points > 0 ? "true" : "empty");
  }

  document.querySelectorAll("[data-chart]").forEach(function (container) {
    var spec = data.charts[container.getAttribute("data-chart")];
    if (spec) draw(container, spec);
  });
})();
