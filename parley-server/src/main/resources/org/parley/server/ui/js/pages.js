// The pages. Each takes the route's parameters and the <main> element, fetches what it shows from the API
// and renders it; every number links to the records behind it.
import { api, idPath, ApiError } from './api.js';
import { esc, html, raw, route, sideLinks, actorCode, QUADS, num, plural, setTitle } from './dom.js';
import { renderText, eventTip, quoteTip } from './annotate.js';
import { stackedBars, dyadLines } from './chart.js';

// ---------- overview
export async function overview(params, main) {
  setTitle('Overview');
  const o = await api('overview', { days: params.get('days') || 30 });
  const c = o.counts;
  const cards = [['articles', 'Articles', route.search()], ['stories', 'Stories', '#/stories'], ['events', 'Events', null],
    ['entities', 'Entities', null], ['quotes', 'Quotations', null], ['skipped', 'Skipped inputs', '#skipped']];
  main.innerHTML = html`
    <h1>Overview</h1>
    <p class="muted">${o.first ? raw(html`Articles published ${o.first} to ${o.last}.`) : 'This store has no dated articles.'}</p>
    <section aria-labelledby="counts-h"><h2 id="counts-h" class="sr-only">Counts</h2>
      <div class="cards">${cards.map(([k, label, href]) => raw(html`<div class="card" data-count="${k}">
        <span class="n">${href ? raw(html`<a href="${href}">${num(c[k])}</a>`) : num(c[k])}</span>${label}</div>`))}</div>
    </section>
    <div class="grid">
      <section aria-labelledby="bs-h"><h2 id="bs-h">Busiest stories, last ${o.days} days</h2>
        ${o.busiest_stories.length ? raw(html`<ol class="busiest-stories">${o.busiest_stories.map(s => raw(html`<li>
          <a href="${route.story(s.id)}">${s.title || s.id}</a> <span class="muted">${plural(s.articles, 'article')}, ${s.start || '?'}–${s.end || '?'}</span></li>`))}</ol>`)
          : raw('<p class="notice">No stories in this store (they come from the stories stage of <span class="code">parley analyze</span>).</p>')}
      </section>
      <section aria-labelledby="ba-h"><h2 id="ba-h">Busiest actors, last ${o.days} days</h2>
        ${o.busiest_actors.length ? raw(html`<ol class="busiest-actors">${o.busiest_actors.map(a => raw(html`<li>
          <a href="${route.actor(a.entity)}">${a.name}</a> <span class="code">${actorCode(a)}</span> <span class="muted">${plural(a.events, 'event')}</span></li>`))}</ol>`)
          : raw('<p class="muted">No events in these days.</p>')}
      </section>
    </div>
    <section aria-labelledby="skipped-h" id="skipped"><h2 id="skipped-h">Skipped inputs</h2>
      ${o.skipped.length ? raw(html`<div class="wrap"><table><caption class="sr-only">Inputs that were skipped, with the reason</caption>
        <thead><tr><th scope="col">Input</th><th scope="col">Reason</th></tr></thead>
        <tbody>${o.skipped.map(s => raw(html`<tr><td class="code">${s.path}</td><td>${s.reason}</td></tr>`))}</tbody></table></div>`)
        : raw('<p class="muted">Nothing was skipped.</p>')}
    </section>`;
}

// ---------- search
const FACETS = [['actor', 'Actor'], ['country', 'Country'], ['type', 'Event type'], ['speaker', 'Speaker'], ['outlet', 'Outlet'], ['year', 'Year']];
const FILTERS = ['actor', 'country', 'type', 'speaker', 'outlet', 'since', 'until'];

export async function search(params, main) {
  const q = params.get('q') || '';
  setTitle(q ? 'Search: ' + q : 'Search');
  document.getElementById('quick-q').value = q;
  const req = { q, offset: params.get('offset') || 0, limit: 20 };
  for (const f of FILTERS) if (params.get(f)) req[f] = params.get(f);
  // Years are a facet of the index but filter as a date range.
  if (params.get('year')) { req.since = params.get('year') + '-01-01'; req.until = params.get('year') + '-12-31'; }
  const r = await api('search', req);
  const link = (changes) => {
    const p = new URLSearchParams(params);
    p.delete('offset');
    for (const [k, v] of Object.entries(changes)) v == null ? p.delete(k) : p.set(k, v);
    return '#/search?' + p;
  };
  const active = [...FILTERS, 'year'].filter(f => params.get(f));
  const offset = Number(req.offset);
  main.innerHTML = html`
    <h1>Search</h1>
    <form class="search-form" id="search-form" role="search">
      <label class="q">Words (Lucene syntax: "exact phrase", title:word, OR)<input type="search" name="q" value="${q}" id="search-q"></label>
      <label>From<input type="date" name="since" value="${params.get('since') || ''}"></label>
      <label>To<input type="date" name="until" value="${params.get('until') || ''}"></label>
      <button type="submit">Search</button>
    </form>
    ${active.length ? raw(html`<div class="chips" aria-label="Active filters">${active.map(f => raw(html`<span class="chip">${f}: ${params.get(f)}
      <a href="${link({ [f]: null })}" aria-label="Remove filter ${f} ${params.get(f)}">×</a></span>`))}</div>`) : ''}
    <div class="search-layout">
      <aside class="facets" aria-label="Filters">
        ${FACETS.map(([k, label]) => raw(facet(k, label, r.facets[k] || [], params, link)))}
      </aside>
      <section aria-labelledby="hits-h">
        <h2 id="hits-h" class="sr-only">Results</h2>
        <p class="muted" id="hit-count">${num(r.total)} article${r.total === 1 ? '' : 's'}${r.total > 0 ? raw(html`, ${offset + 1}–${offset + r.hits.length} shown`) : ''}</p>
        <ol class="hits">${r.hits.map(h => raw(html`<li>
          <h3><a class="hit-link" href="${route.article(h.id)}">${h.title || h.id}</a></h3>
          <div class="muted">${h.outlet || 'unknown outlet'} · ${h.date || 'undated'}</div>
          <p class="snippet">${raw(h.snippet)}</p></li>`))}</ol>
        <nav aria-label="Pages" class="chips">
          ${offset > 0 ? raw(html`<a href="${link({ offset: Math.max(0, offset - 20) })}">← Previous</a>`) : ''}
          ${offset + r.hits.length < r.total ? raw(html`<a href="${link({ offset: offset + 20 })}">Next →</a>`) : ''}
        </nav>
      </section>
    </div>`;
  document.getElementById('search-form').addEventListener('submit', ev => {
    ev.preventDefault();
    const fd = new FormData(ev.target);
    const p = new URLSearchParams(params);
    p.delete('offset');
    for (const k of ['q', 'since', 'until']) fd.get(k) ? p.set(k, fd.get(k)) : p.delete(k);
    location.hash = '#/search?' + p;
  });
}

function facet(key, label, values, params, link) {
  if (!values.length) return '';
  const on = params.get(key);
  return html`<fieldset><legend>${label}</legend><ul>${values.map(v => raw(html`<li>
    <a href="${link({ [key]: on === v.value ? null : v.value })}" class="${on === v.value ? 'on' : ''}"
       aria-label="${on === v.value ? 'Remove filter' : 'Filter by'} ${label.toLowerCase()} ${v.value}, ${v.count} articles">${v.value}</a>
    <span class="muted">${num(v.count)}</span></li>`))}</ul></fieldset>`;
}

// ---------- article reader
export async function article(params, main, id) {
  const a = await api('articles/' + idPath(id));
  setTitle(a.title || a.id);
  const at = (params.get('at') || '').split('-').map(Number);
  const focus = at.length === 2 && at.every(Number.isInteger) ? at : null;
  const ann = a.annotations;
  main.innerHTML = html`
    <article>
      <h1>${a.title || a.id}</h1>
      <p class="muted">${a.outlet || 'unknown outlet'} · ${a.published || 'undated'}${a.published_from === 'estimated' ? ' (estimated)' : ''}
        · <span class="code">${a.id}</span>${a.url ? raw(html` · <a href="${a.url}" rel="noreferrer">source</a>`) : ''}</p>
      <div class="legend" aria-label="Legend">
        <span><span class="sw ent"></span>entity (${ann.entities.length}) — opens its page</span>
        <span><span class="sw ev"></span>event trigger (${ann.events.length}) — hover or focus</span>
        <span><span class="sw quote"></span>quotation (${ann.quotes.length}) — hover or focus</span>
        <span><span class="sw timex" style="background:var(--timex)"></span>time (${ann.timexes.length})</span>
      </div>
      <div class="article-text" id="article-text">${raw(renderText(a, focus))}</div>
      <h2>Events in this article</h2>
      ${ann.events.length ? raw(html`${raw(backgroundToggle('article-events', ann.events))}<div class="wrap"><table id="article-events"><thead><tr><th scope="col">Trigger</th><th scope="col">Type</th>
        <th scope="col">Source</th><th scope="col">Target</th><th scope="col">Date</th></tr></thead><tbody>${ann.events.map(e => raw(html`<tr class="${rowClass(e)}">
        <td><a href="${route.article(a.id, e.sentence_start + '-' + e.sentence_end)}">${e.text}</a></td><td>${e.type}${raw(badge(e))}</td>
        <td>${raw(sideLinks(e.source))}</td><td>${raw(sideLinks(e.target))}</td><td>${e.date || '—'}</td></tr>`))}</tbody></table></div>`)
        : raw('<p class="muted">No events.</p>')}
    </article>`;
  const tips = new Map();
  ann.events.forEach((e, i) => tips.set('ev' + i, () => eventTip(e, a)));
  ann.quotes.forEach((q, i) => tips.set('quote' + i, () => quoteTip(q)));
  main.tipFor = el => {
    if (el.dataset.ev !== undefined) return tips.get('ev' + el.dataset.ev)();
    if (el.dataset.quote !== undefined) return tips.get('quote' + el.dataset.quote)();
    return null;
  };
  const f = document.getElementById('focus-start');
  if (f) { f.scrollIntoView({ block: 'center' }); f.setAttribute('tabindex', '-1'); f.focus({ preventScroll: true }); }
}

// ---------- stories
export async function stories(params, main) {
  setTitle('Stories');
  const offset = Number(params.get('offset') || 0);
  const r = await api('stories', { offset, limit: 50 });
  main.innerHTML = html`<h1>Stories</h1>
    ${r.total ? raw(html`<div class="wrap"><table id="stories"><thead><tr><th scope="col">Story</th><th scope="col">Articles</th>
      <th scope="col">Outlets</th><th scope="col">Dates</th></tr></thead><tbody>${r.items.map(s => raw(html`<tr>
      <td><a href="${route.story(s.id)}">${s.title || s.id}</a></td><td>${s.articles}</td><td>${s.outlets ?? '—'}</td>
      <td>${s.start || '?'} – ${s.end || '?'}</td></tr>`))}</tbody></table></div>
      <nav aria-label="Pages" class="chips">${offset > 0 ? raw(html`<a href="#/stories?offset=${Math.max(0, offset - 50)}">← Previous</a>`) : ''}
      ${offset + r.items.length < r.total ? raw(html`<a href="#/stories?offset=${offset + 50}">Next →</a>`) : ''}</nav>`)
      : raw('<p class="notice" id="no-stories">No stories in this store. Stories come from the stories stage of <span class="code">parley analyze</span>; the other pages work without them.</p>')}`;
}

export async function story(params, main, id) {
  let s;
  try {
    s = await api('stories/' + encodeURIComponent(id));
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      setTitle('Story');
      main.innerHTML = html`<h1>Story ${id}</h1><p class="notice" id="no-stories">No story “${id}” in this store.
        <a href="#/stories">All stories</a>.</p>`;
      return;
    }
    throw e;
  }
  setTitle(s.title || s.id);
  // The story record names its articles and events; their details come from the articles themselves.
  const ids = (s.articles || []).slice(0, 40);
  const articles = (await Promise.all(ids.map(a => api('articles/' + idPath(a)).catch(() => null)))).filter(Boolean);
  // Events named by the story when their ids are those of the store, else every event its articles tell.
  const told = new Set(articles.flatMap(a => a.annotations.events.map(e => e.event)));
  const wanted = new Set((s.events || []).filter(id => told.has(id)));
  const events = new Map();
  for (const a of articles) {
    for (const e of a.annotations.events) {
      if (wanted.size && !wanted.has(e.event)) continue;
      if (!events.has(e.event)) events.set(e.event, { ...e, article: a.id });
    }
  }
  const timeline = [...events.values()].filter(e => !e.negated && !e.hypothetical)
    .sort((x, y) => String(x.date || '9999').localeCompare(String(y.date || '9999')));
  const byOutlet = new Map();
  for (const a of articles) {
    const k = a.outlet || 'unknown outlet';
    if (!byOutlet.has(k)) byOutlet.set(k, []);
    byOutlet.get(k).push(a);
  }
  for (const list of byOutlet.values()) list.sort((x, y) => String(x.published).localeCompare(String(y.published)));
  main.innerHTML = html`
    <h1>${s.title || s.id}</h1>
    <p class="muted">Story <span class="code">${s.id}</span> · ${(s.articles || []).length} articles · ${s.start || '?'} – ${s.end || '?'}</p>
    <section aria-labelledby="sum-h"><h2 id="sum-h">Summary</h2>
      ${(s.summary || []).length ? raw(html`<ol class="summary" id="summary">${s.summary.map(x => raw(html`<li>
        <a class="summary-sentence" href="${route.article(x.article, x.start + '-' + x.end)}">${x.text}</a></li>`))}</ol>`)
        : raw('<p class="muted">No summary.</p>')}
    </section>
    <div class="grid">
      <section aria-labelledby="tl-h"><h2 id="tl-h">Timeline of events</h2>
        ${timeline.length ? raw(html`<ol class="timeline" id="timeline">${timeline.map(e => raw(html`<li class="q${e.quad_class || 0}">
          <strong>${e.date || 'undated'}</strong> · ${e.type}${raw(badge(e))}<br>${raw(sideLinks(e.source))} → ${raw(sideLinks(e.target))}
          <br><a href="${route.article(e.article, e.sentence_start + '-' + e.sentence_end)}">“${e.text}” in its sentence</a></li>`))}</ol>`)
          : raw('<p class="muted">No events.</p>')}
      </section>
      <section aria-labelledby="ka-h"><h2 id="ka-h">Key actors</h2>
        ${(s.actors || []).length ? raw(html`<ul id="key-actors">${s.actors.map(k => raw(html`<li><a href="${route.actor(k.entity)}">${k.name || k.entity}</a>
          <span class="code">${actorCode(k)}</span> <span class="muted">in ${k.articles} articles</span></li>`))}</ul>`) : raw('<p class="muted">None.</p>')}
      </section>
    </div>
    <section aria-labelledby="ar-h"><h2 id="ar-h">Articles by outlet and date</h2>
      <div class="wrap"><table><thead><tr><th scope="col">Outlet</th><th scope="col">Date</th><th scope="col">Article</th></tr></thead><tbody>
      ${[...byOutlet.entries()].map(([o, list]) => raw(list.map((a, i) => html`<tr>${i === 0 ? raw(html`<th scope="row" rowspan="${list.length}">${o}</th>`) : ''}
        <td>${a.published || 'undated'}</td><td><a href="${route.article(a.id)}">${a.title || a.id}</a></td></tr>`).join('')))}
      </tbody></table></div>
      ${(s.articles || []).length > ids.length ? raw(html`<p class="muted">The first ${ids.length} of ${s.articles.length} articles.</p>`) : ''}
    </section>`;
}

// ---------- actor
export async function actor(params, main, id) {
  const [e, act] = await Promise.all([api('entities/' + encodeURIComponent(id), { limit: 20 }), api('entities/' + encodeURIComponent(id) + '/activity')]);
  setTitle(e.name);
  const variants = Array.isArray(e.variants) ? e.variants : [];
  main.innerHTML = html`
    <h1>${e.name}</h1>
    <p><span class="code" id="actor-code">${actorCode(e) || 'no actor code'}</span> · ${(e.type || '').toLowerCase()} · <span class="code">${e.id}</span>
      · <a href="${route.search({ actor: e.name })}">articles naming ${e.name}</a>
      ${e.country ? raw(html` · <a href="${route.dyad({ a: e.country })}">dyads of ${e.country}</a>`) : ''}</p>
    <p><strong>Spellings seen:</strong> ${variants.length ? variants.join(', ') : e.name}</p>
    <section aria-labelledby="ch-h"><h2 id="ch-h">Events per month</h2>
      ${act.months.length ? raw(stackedBars(act.months, 'Events of ' + e.name + ' per month by quad class')
        + '<div class="legend"><span><span class="sw" style="background:#81c784"></span>verbal cooperation</span><span><span class="sw" style="background:#2f7d32"></span>material cooperation</span><span><span class="sw" style="background:#ef9a9a"></span>verbal conflict</span><span><span class="sw" style="background:#c0392b"></span>material conflict</span></div>')
        : raw('<p class="muted">No dated events.</p>')}
    </section>
    <div class="grid">
      <section aria-labelledby="rel-h"><h2 id="rel-h">Related actors</h2>
        ${act.related.length ? raw(html`<ol id="related">${act.related.map(r => raw(html`<li><a href="${route.actor(r.entity)}">${r.name}</a>
          <span class="code">${actorCode(r)}</span> <span class="muted">${plural(r.events, 'event')}</span>
          ${e.country && r.country && e.country !== r.country ? raw(html` · <a href="${route.dyad({ a: e.country, b: r.country })}">dyad</a>`) : ''}</li>`))}</ol>`)
          : raw('<p class="muted">None.</p>')}
      </section>
      <section aria-labelledby="q-h"><h2 id="q-h">Quotations (${num(e.quotes.total)})</h2>
        ${e.quotes.items.length ? raw(html`<ul>${e.quotes.items.map(q => raw(html`<li>“${q.content}”
          <a href="${route.article(q.article, q.start + '-' + q.end)}">${q.published || q.article}</a></li>`))}</ul>`) : raw('<p class="muted">None.</p>')}
      </section>
    </div>
    <section aria-labelledby="ev-h"><h2 id="ev-h">Events (${num(e.events.total)}; first ${e.events.items.length})</h2>
      ${raw(eventTable(e.events.items, 'actor-events'))}
    </section>`;
}

// Salience: a BACKGROUND event (named while the sentence reports another) is a real event, shown muted with a
// badge; the toggle hides those rows of its table (the API's salience=MAIN gives the same list server-side).
function badge(ev) {
  return ev.salience === 'BACKGROUND' ? html` <span class="badge" title="named while the sentence reports another event">background</span>` : '';
}
function rowClass(ev) { return ev.salience === 'BACKGROUND' ? 'bg-event' : ''; }
function backgroundToggle(tableId, items) {
  const n = items.filter(ev => ev.salience === 'BACKGROUND').length;
  if (!n) return '';
  return html`<label class="bg-toggle"><input type="checkbox" class="hide-background" data-table="${tableId}" id="${tableId}-main-only">
    Main events only (hide ${plural(n, 'background event')})</label>`;
}
document.addEventListener('change', ev => {
  const box = ev.target;
  if (!(box instanceof HTMLInputElement) || !box.classList.contains('hide-background')) return;
  const table = document.getElementById(box.dataset.table);
  if (table) table.classList.toggle('hide-bg', box.checked);
});

function eventTable(items, tableId) {
  if (!items.length) return '<p class="muted">None.</p>';
  return (tableId ? backgroundToggle(tableId, items) : '') + html`<div class="wrap"><table${tableId ? raw(` id="${tableId}"`) : ''}><thead><tr><th scope="col">Date</th><th scope="col">Type</th><th scope="col">Source</th>
    <th scope="col">Target</th><th scope="col">Class</th><th scope="col">Sentence</th></tr></thead><tbody>${items.map(ev => {
    const m = (ev.mentions || [])[0];
    return raw(html`<tr class="${rowClass(ev)}"><td>${ev.date || '—'}</td><td>${ev.type}${raw(badge(ev))}</td><td>${raw(sideLinks(ev.source))}</td><td>${raw(sideLinks(ev.target))}</td>
      <td>${QUADS[ev.quad_class] || '—'}</td><td>${m ? raw(html`<a class="event-sentence" href="${route.article(m.article, m.sentence_start + '-' + m.sentence_end)}">“${m.trigger_text}”</a>`) : '—'}</td></tr>`);
  })}</tbody></table></div>`;
}

// ---------- dyad dashboard
export async function dyad(params, main) {
  const a = (params.get('a') || '').toUpperCase(), b = (params.get('b') || '').toUpperCase();
  setTitle(a && b ? a + '–' + b : 'Dyads');
  const form = html`<h1>Dyad ${a && b ? a + ' – ' + b : ''}</h1>
    <form class="dyad-form" id="dyad-form" aria-label="Choose two actors">
      <label>Actor A (country code or entity id)<input name="a" id="dyad-a" value="${a}" required placeholder="RUS"></label>
      <label>Actor B<input name="b" id="dyad-b" value="${b}" required placeholder="FRA"></label>
      <button type="submit">Show</button>
    </form>`;
  const submit = () => document.getElementById('dyad-form').addEventListener('submit', ev => {
    ev.preventDefault();
    const fd = new FormData(ev.target);
    location.hash = route.dyad({ a: fd.get('a').trim(), b: fd.get('b').trim() });
  });
  if (!a || !b) {
    main.innerHTML = form + '<p class="muted">Give two actors, for example RUS and FRA.</p>';
    submit();
    return;
  }
  const r = await api('dyads', { a, b, limit: 100 });
  const rows = r.series.items;
  const month = params.get('month');
  main.innerHTML = form + (rows.length ? html`
    <p class="muted">Events between ${a} and ${b} per month, both directions (${plural(rows.reduce((n, x) => n + x.verbal_cooperation + x.material_cooperation + x.verbal_conflict + x.material_conflict, 0), 'event')} with a quad class).
      Select a month to list its events.</p>
    <div id="dyad-chart">${raw(dyadLines(rows, 'Cooperation and conflict between ' + a + ' and ' + b + ' per month'))}</div>
    <div class="legend"><span><span class="sw" style="background:var(--coop)"></span>cooperation (quad 1+2)</span>
      <span><span class="sw" style="background:var(--conf)"></span>conflict (quad 3+4)</span></div>
    <div class="wrap"><table id="dyad-table"><caption class="sr-only">Counts per month</caption><thead><tr><th scope="col">Month</th>
      <th scope="col">${a}→${b}</th><th scope="col">${b}→${a}</th><th scope="col">Verbal coop.</th><th scope="col">Material coop.</th>
      <th scope="col">Verbal conflict</th><th scope="col">Material conflict</th><th scope="col">Mean Goldstein</th></tr></thead>
      <tbody>${rows.map(x => raw(html`<tr><td><a href="${route.dyad({ a, b, month: x.month })}">${x.month}</a></td><td>${x.a_to_b}</td><td>${x.b_to_a}</td>
        <td>${x.verbal_cooperation}</td><td>${x.material_cooperation}</td><td>${x.verbal_conflict}</td><td>${x.material_conflict}</td>
        <td>${x.goldstein_mean ?? '—'}</td></tr>`))}</tbody></table></div>
    <section id="month-events" aria-live="polite"></section>`
    : html`<p class="notice" id="no-dyad">No dated events between ${a} and ${b} in this store.</p>`);
  submit();
  for (const col of main.querySelectorAll('.chart .col')) {
    const go = () => { location.hash = route.dyad({ a, b, month: col.dataset.month }); };
    col.addEventListener('click', go);
    col.addEventListener('keydown', ev => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); go(); } });
    if (col.dataset.month === month) col.classList.add('sel');
  }
  if (month && rows.length) await monthEvents(a, b, month, document.getElementById('month-events'));
}

async function monthEvents(a, b, month, box) {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const since = month + '-01', until = month + '-' + String(last).padStart(2, '0');
  // The events list filters by one actor; the other side is checked here, page by page (at most 10 pages).
  const isSide = (side, code) => (side || []).some(x => x.entity === code || (x.country || '').toUpperCase() === code);
  const found = [];
  for (let offset = 0, total = 1; offset < total && offset < 1000; offset += 100) {
    const p = await api('events', { actor: a, since, until, offset, limit: 100 });
    total = p.total;
    for (const ev of p.items) {
      if ((isSide(ev.source, a) && isSide(ev.target, b)) || (isSide(ev.source, b) && isSide(ev.target, a))) found.push(ev);
    }
  }
  box.innerHTML = html`<h2 id="month-h" tabindex="-1">Events of ${month} (${found.length})</h2>${raw(eventTable(found, 'month-table'))}`;
  document.getElementById('month-h').focus();
}
