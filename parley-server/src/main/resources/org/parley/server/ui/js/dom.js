// Small DOM helpers: escaping, element building and links between pages.
export function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

export function html(strings, ...values) {
  return strings.reduce((out, s, i) => out + s + (i < values.length ? value(values[i]) : ''), '');
}
function value(v) {
  if (v instanceof Raw) return v.s;
  if (Array.isArray(v)) return v.map(value).join('');
  return esc(v);
}
class Raw { constructor(s) { this.s = s; } }
export const raw = s => new Raw(s);

export const route = {
  article: (id, at) => '#/article/' + encodeURIComponent(id) + (at ? '?at=' + at : ''),
  actor: id => '#/actor/' + encodeURIComponent(id),
  story: id => '#/story/' + encodeURIComponent(id),
  search: params => '#/search' + (params && Object.keys(params).length ? '?' + new URLSearchParams(params) : ''),
  dyad: params => '#/dyad' + (params ? '?' + new URLSearchParams(params) : ''),
};

export function actorCode(a) {
  if (!a) return '';
  const c = a.country || '', s = a.sector || '';
  return c && s ? c + '/' + s : c || s;
}

// One side of an event (a list of actors) as text: "Russia (RUS)".
export function sideText(side) {
  if (!side || !side.length) return '—';
  return side.map(a => (a.text || a.name || a.entity || '?') + (actorCode(a) ? ' (' + actorCode(a) + ')' : '')).join(', ');
}

export function sideLinks(side) {
  if (!side || !side.length) return '—';
  return side.map(a => a.entity
    ? html`<a href="${route.actor(a.entity)}">${a.text || a.name || a.entity}</a>${actorCode(a) ? ' (' + actorCode(a) + ')' : ''}`
    : esc((a.text || '?') + (actorCode(a) ? ' (' + actorCode(a) + ')' : ''))).join(', ');
}

export const QUADS = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };

// "1 event", "3 events".
export function plural(n, word) { return num(n) + ' ' + word + (Number(n) === 1 ? '' : 's'); }

export function num(n) { return n == null ? '—' : Number(n).toLocaleString('en'); }

export function setTitle(t) { document.title = t ? t + ' · Parley' : 'Parley'; }
