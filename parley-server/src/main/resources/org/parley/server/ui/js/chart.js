// Hand-drawn SVG charts (no chart library needed): each point is an element with a title, so charts can be
// read by screen readers, driven by the keyboard and checked by tests.
import { esc } from './dom.js';

const W = 760, H = 260, L = 40, R = 12, T = 14, B = 42;

function frame(months, max, label) {
  const n = Math.max(months.length, 1);
  const step = (W - L - R) / n;
  const y = v => T + (H - T - B) * (1 - v / Math.max(max, 1));
  let g = '';
  const ticks = niceTicks(max);
  for (const t of ticks) g += `<line class="grid" x1="${L}" x2="${W - R}" y1="${y(t)}" y2="${y(t)}"/><text x="${L - 6}" y="${y(t) + 4}" text-anchor="end">${t}</text>`;
  g += `<line class="axis" x1="${L}" x2="${W - R}" y1="${y(0)}" y2="${y(0)}"/>`;
  const every = Math.ceil(n / 12);
  months.forEach((m, i) => {
    if (i % every === 0) g += `<text x="${L + step * (i + .5)}" y="${H - B + 16}" text-anchor="middle">${esc(m)}</text>`;
  });
  return { step, y, head: `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(label)}">`, g };
}

// Counts: whole-number ticks only.
function niceTicks(max) {
  if (max <= 0) return [0];
  const raw = max / 4, mag = Math.max(1, Math.pow(10, Math.floor(Math.log10(raw))));
  const step = [1, 2, 5, 10].map(k => k * mag).find(s => s >= raw) || mag;
  const out = [];
  for (let t = 0; t <= max + 1e-9; t += step) out.push(Math.round(t * 100) / 100);
  return out;
}

// Months from the first row's to the last row's, those without a row given zero counts, so that time runs
// evenly along the axis.
export function fillMonths(rows) {
  if (!rows.length) return rows;
  const by = new Map(rows.map(r => [r.month, r]));
  const out = [];
  let [y, m] = rows[0].month.split('-').map(Number);
  const last = rows[rows.length - 1].month;
  for (let guard = 0; guard < 1200; guard++) {
    const key = y + '-' + String(m).padStart(2, '0');
    out.push(by.get(key) || { month: key, events: 0, a_to_b: 0, b_to_a: 0, verbal_cooperation: 0, material_cooperation: 0,
      verbal_conflict: 0, material_conflict: 0, goldstein_mean: null });
    if (key >= last) break;
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

// Stacked bars of events per month by quad class (actor page).
export function stackedBars(rows, label) {
  rows = fillMonths(rows);
  const months = rows.map(r => r.month);
  const max = Math.max(0, ...rows.map(r => r.events));
  const f = frame(months, max, label);
  let bars = '';
  const keys = [['verbal_cooperation', 'q1'], ['material_cooperation', 'q2'], ['verbal_conflict', 'q3'], ['material_conflict', 'q4']];
  rows.forEach((r, i) => {
    let base = 0;
    const w = Math.max(Math.min(f.step * .7, 60), 1), x = L + f.step * (i + .5) - w / 2;
    for (const [k, cls] of keys) {
      const v = r[k] || 0;
      if (!v) continue;
      bars += `<rect class="bar ${cls}" x="${x}" width="${w}" y="${f.y(base + v)}" height="${f.y(base) - f.y(base + v)}"><title>${esc(r.month)}: ${v} ${k.replace('_', ' ')}</title></rect>`;
      base += v;
    }
    if (r.events > base) bars += `<rect class="bar-other" x="${x}" width="${w}" y="${f.y(r.events)}" height="${f.y(base) - f.y(r.events)}" fill="#b0bec5"><title>${esc(r.month)}: ${r.events - base} without quad class</title></rect>`;
  });
  return f.head + f.g + bars + '</svg>';
}

// Cooperation and conflict per month as two lines with one point per month each; a month is a focusable
// column (Enter or click selects it).
export function dyadLines(rows, label) {
  rows = fillMonths(rows);
  const months = rows.map(r => r.month);
  const coop = rows.map(r => (r.verbal_cooperation || 0) + (r.material_cooperation || 0));
  const conf = rows.map(r => (r.verbal_conflict || 0) + (r.material_conflict || 0));
  const max = Math.max(0, ...coop, ...conf);
  const f = frame(months, max, label);
  const x = i => L + f.step * (i + .5);
  const path = vals => vals.map((v, i) => (i ? 'L' : 'M') + x(i).toFixed(1) + ' ' + f.y(v).toFixed(1)).join(' ');
  let out = f.head + f.g;
  out += `<path class="coop" d="${path(coop)}"/><path class="conf" d="${path(conf)}"/>`;
  rows.forEach((r, i) => {
    const g = r.goldstein_mean == null ? 'no Goldstein score' : 'mean Goldstein ' + r.goldstein_mean;
    const desc = `${r.month}: ${coop[i]} cooperation, ${conf[i]} conflict, ${g}`;
    out += `<g class="col" data-month="${esc(r.month)}" tabindex="0" role="button" aria-label="${esc(desc)}">`
      + `<rect class="hit" x="${L + f.step * i}" y="${T}" width="${f.step}" height="${H - T - B}"/>`
      + `<circle class="pt pt-coop" cx="${x(i)}" cy="${f.y(coop[i])}" r="5"/>`
      + `<circle class="pt pt-conf" cx="${x(i)}" cy="${f.y(conf[i])}" r="5"/>`
      + `<title>${esc(desc)}</title></g>`;
  });
  return out + '</svg>';
}
