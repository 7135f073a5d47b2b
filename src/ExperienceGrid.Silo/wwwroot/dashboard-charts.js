// The dashboard's charts, drawn with uPlot (wwwroot/lib/uplot, from npm): line charts over time with labelled axes
// and a legend, resized with the window.
"use strict";
window.DashboardCharts = (() => {
  const height = 210;
  const charts = new Set();
  window.addEventListener("resize", () => charts.forEach(c => c.setSize({ width: widthOf(c.root.parentElement), height })));

  const widthOf = target => Math.max(260, target.clientWidth);
  const axis = label => ({ label, stroke: "#3b3b40", grid: { stroke: "#ecebe6", width: 1 }, ticks: { stroke: "#d8d6cf", width: 1 } });
  const clock = seconds => new Date(seconds * 1000).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

  /**
   * A line chart filling target: series [{ label, stroke }], axis labels, format(v) for y values (axis and legend),
   * minWindow (seconds) the x axis spans at least, ending now. Returns { setData(x, ...ys), destroy() }; x in Unix
   * seconds. The legend shows the values under the cursor, and each series' latest value when the cursor is away (a
   * wall screen is never hovered); counts: whole-number ticks only; spanGaps: a line joins points across steps without
   * a value (a rate over steps where nothing ended), instead of breaking there.
   */
  function line(target, series, { xLabel, yLabel, format = v => String(v), yMin = 1, minWindow = 0, counts = false, spanGaps = false }) {
    Object.assign(target.dataset, { xLabel, yLabel });
    const chart = new uPlot({
      width: widthOf(target),
      height,
      scales: { x: { time: true }, y: { range: (u, min, max) => [0, Math.max(yMin, max ?? 0)] } },
      axes: [axis(xLabel), {
        ...axis(yLabel), size: 56, values: (u, ticks) => ticks.map(format),
        ...(counts ? { incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000] } : {})
      }],
      series: [
        { label: "time", value: (u, v, i, idx) => shown(u, v, i, idx, clock) },
        ...series.map(s => ({
          label: s.label, stroke: s.stroke, width: 2, points: { size: 5 }, spanGaps,
          value: (u, v, i, idx) => shown(u, v, i, idx, format)
        }))
      ],
      legend: { show: true, live: true }
    }, [[], ...series.map(() => [])], target);
    charts.add(chart);
    return {
      setData: (x, ...ys) => {
        // The x axis ends now and spans at least minWindow, however few the samples (uPlot fits it to the data).
        const now = Math.floor(Date.now() / 1000);
        chart.setData([x, ...ys]);
        chart.setScale("x", { min: Math.min(x[0] ?? now, now - minWindow), max: Math.max(x[x.length - 1] ?? now, now) });
      },
      destroy: () => { charts.delete(chart); chart.destroy(); }
    };
  }

  // A legend value: the hovered point's (idx), else the series' latest one.
  function shown(u, v, i, idx, format) {
    const away = idx === null || idx === undefined;
    const values = u.data[i] || [];
    let at = values.length - 1;
    while (away && at >= 0 && (values[at] === null || values[at] === undefined)) at--;
    const value = away ? values[at] : v;
    return value === null || value === undefined ? "–" : format(value);
  }

  /** Distinct, readable colours for n venues. */
  function palette(n) {
    return Array.from({ length: n }, (_, i) => `hsl(${Math.round((i * 137.5) % 360)} 62% ${i % 2 ? 36 : 46}%)`);
  }

  return { line, palette, clock };
})();
