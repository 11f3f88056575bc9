// Renders an article's text with its annotations (offsets are UTF-16 code units, as JavaScript strings are):
// entities link to their actor page, event triggers and quotation starts are focusable and explain
// themselves in the tooltip, time expressions are underlined. The text is cut at every annotation boundary
// and each piece wrapped in the annotations that cover it, so overlapping spans never break the markup.
import { esc, route, sideText, QUADS } from './dom.js';

export function renderText(article, focus) {
  const text = article.text || '';
  const ann = article.annotations || {};
  const spans = [];
  (ann.entities || []).forEach((m, i) => spans.push({ kind: 'ent', start: m.start, end: m.end, i, m }));
  (ann.events || []).forEach((m, i) => spans.push({ kind: 'ev', start: m.start, end: m.end, i, m }));
  (ann.quotes || []).forEach((m, i) => spans.push({ kind: 'quote', start: m.start, end: m.end, i, m }));
  (ann.timexes || []).forEach((m, i) => spans.push({ kind: 'timex', start: m.start, end: m.end, i, m }));
  if (focus) spans.push({ kind: 'focus', start: focus[0], end: focus[1] });
  const valid = spans.filter(s => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start < s.end && s.end <= text.length);
  const cuts = new Set([0, text.length]);
  for (const s of valid) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const started = new Set();
  let out = '';
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k], b = points[k + 1];
    const cover = valid.filter(s => s.start <= a && s.end >= b);
    let piece = esc(text.slice(a, b));
    // innermost first: time, entity, event trigger; then quotation; the focus range outermost.
    const order = ['timex', 'ent', 'ev', 'quote', 'focus'];
    cover.sort((x, y) => order.indexOf(x.kind) - order.indexOf(y.kind));
    for (const s of cover) {
      const first = !started.has(s);
      started.add(s);
      piece = wrap(s, piece, first, article);
    }
    out += piece;
  }
  return out;
}

function wrap(s, inner, first, article) {
  switch (s.kind) {
    case 'ent': {
      const m = s.m;
      const code = [m.country, m.sector].filter(Boolean).join('/');
      const label = (m.name || m.text) + (code ? ', ' + code : '') + (m.type ? ', ' + m.type.toLowerCase() : '');
      return m.entity
        ? `<a class="ent" href="${route.actor(m.entity)}" aria-label="${esc(m.text + ' (entity: ' + label + ')')}" data-ent="${esc(m.entity)}">${inner}</a>`
        : `<span class="ent">${inner}</span>`;
    }
    case 'ev':
      return `<mark class="ev" data-ev="${s.i}"${first ? ' tabindex="0"' : ''} aria-label="${esc(eventSummary(s.m, article))}">${inner}</mark>`;
    case 'quote':
      return `<span class="quote${first ? ' quote-start' : ''}" data-quote="${s.i}"${first ? ' tabindex="0"' : ''}${first ? ` aria-label="${esc(quoteSummary(s.m))}"` : ''}>${inner}</span>`;
    case 'timex':
      return `<span class="timex" title="${esc((s.m.type || 'time') + ': ' + (s.m.value || '?'))}">${inner}</span>`;
    case 'focus':
      return `<span class="focus-range"${first ? ' id="focus-start"' : ''}>${inner}</span>`;
  }
  return inner;
}

export function eventFlags(e, article) {
  const flags = [];
  if (e.negated) flags.push('negated');
  if (e.hypothetical) flags.push('hypothetical');
  if (e.salience === 'BACKGROUND') flags.push('background');
  if (article && article.published_from === 'estimated') flags.push('estimated date');
  if (e.mode) flags.push(e.mode);
  return flags;
}

export function eventSummary(e, article) {
  const flags = eventFlags(e, article);
  return `Event ${e.type}: ${sideText(e.source)} → ${sideText(e.target)}, on ${e.date || 'an unknown date'}`
    + (e.confidence != null ? `, confidence ${Number(e.confidence).toFixed(2)}` : '')
    + (flags.length ? ', ' + flags.join(', ') : '');
}

export function quoteSummary(q) {
  return 'Quotation by ' + (q.speaker_name || q.source_text || 'an unknown speaker') + (q.speaker_country ? ' (' + [q.speaker_country, q.speaker_sector].filter(Boolean).join('/') + ')' : '');
}

// The tooltip's content for an event trigger or a quotation.
export function eventTip(e, article) {
  const flags = eventFlags(e, article);
  return `<dl>
    <dt>Event</dt><dd><strong>${esc(e.type)}</strong>${e.cameo ? ' · CAMEO ' + esc(e.cameo) : ''}</dd>
    <dt>Who</dt><dd class="tip-source">${esc(sideText(e.source))}</dd>
    <dt>To whom</dt><dd class="tip-target">${esc(sideText(e.target))}</dd>
    <dt>When</dt><dd>${esc(e.date || 'unknown')}</dd>
    <dt>Class</dt><dd>${esc(QUADS[e.quad_class] || '—')}${e.goldstein != null ? ' · Goldstein ' + esc(e.goldstein) : ''}</dd>
    <dt>Confidence</dt><dd>${e.confidence != null ? Number(e.confidence).toFixed(2) : '—'}</dd>
    <dt>Flags</dt><dd>${flags.length ? flags.map(f => `<span class="flag">${esc(f)}</span>`).join('') : 'none'}</dd>
  </dl>`;
}

export function quoteTip(q) {
  return `<dl>
    <dt>Speaker</dt><dd class="tip-speaker">${esc(q.speaker_name || q.source_text || 'unknown')}${q.speaker_country ? ' (' + esc([q.speaker_country, q.speaker_sector].filter(Boolean).join('/')) + ')' : ''}</dd>
    <dt>Kind</dt><dd>${esc(q.kind || '—')}${q.cue ? ' · cue “' + esc(q.cue) + '”' : ''}</dd>
    <dt>Confidence</dt><dd>${q.confidence != null ? Number(q.confidence).toFixed(2) : '—'}</dd>
  </dl>`;
}
