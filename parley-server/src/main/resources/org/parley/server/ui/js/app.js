// Hash router and the shared tooltip. Routes: #/ (overview), #/search?..., #/article/ID?at=START-END,
// #/stories, #/story/ID, #/actor/ID, #/dyad?a=..&b=..&month=...
import * as pages from './pages.js';
import { esc } from './dom.js';

const main = document.getElementById('main');
const tip = document.getElementById('tip');

const routes = {
  '': ['overview', pages.overview],
  search: ['search', pages.search],
  article: [null, pages.article],
  stories: ['stories', pages.stories],
  story: ['stories', pages.story],
  actor: [null, pages.actor],
  dyad: ['dyad', pages.dyad],
};

let current = 0;
async function show() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query] = splitOnce(hash, '?');
  const [name, rest] = splitOnce(path, '/');
  const params = new URLSearchParams(query || '');
  const r = routes[name] || routes[''];
  if (name !== 'search') document.getElementById('quick-q').value = '';
  for (const a of document.querySelectorAll('[data-nav]')) {
    if (a.dataset.nav === r[0]) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  hideTip();
  main.tipFor = null;
  const mine = ++current;
  const shown = location.hash || '#/';
  main.setAttribute('aria-busy', 'true');
  try {
    await r[1](params, main, rest ? decodeURIComponent(rest) : undefined);
  } catch (e) {
    if (mine !== current) return;
    main.innerHTML = `<h1>Not available</h1><p class="error" id="page-error">${esc(e.message || String(e))}</p>`;
  } finally {
    if (mine === current) {
      main.removeAttribute('aria-busy');
      document.body.dataset.rendered = shown; // tests wait for this
    }
  }
  if (mine === current && !document.getElementById('focus-start')) {
    window.scrollTo(0, 0);
    // Move focus to the new page for keyboard and screen-reader users, unless they are typing.
    if (!document.activeElement || document.activeElement === document.body || !main.contains(document.activeElement)) {
      const h1 = main.querySelector('h1');
      if (h1) { h1.setAttribute('tabindex', '-1'); h1.focus({ preventScroll: true }); }
    }
  }
}

function splitOnce(s, sep) {
  const i = s.indexOf(sep);
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
}

// ---- tooltip for event triggers and quotations (hover or keyboard focus; Escape hides it)
function tipTarget(el) { return el && el.closest ? el.closest('[data-ev], [data-quote]') : null; }

function showTip(el) {
  if (!main.tipFor) return;
  const content = main.tipFor(el);
  if (!content) return;
  tip.innerHTML = content;
  tip.hidden = false;
  const r = el.getBoundingClientRect();
  const w = Math.min(tip.offsetWidth, window.innerWidth - 16);
  let left = window.scrollX + r.left;
  if (left + w > window.scrollX + window.innerWidth - 8) left = window.scrollX + window.innerWidth - 8 - w;
  tip.style.left = Math.max(8, left) + 'px';
  tip.style.top = (window.scrollY + r.bottom + 6) + 'px';
  el.setAttribute('aria-describedby', 'tip');
}

function hideTip() { tip.hidden = true; }

main.addEventListener('mouseover', e => { const t = tipTarget(e.target); if (t) showTip(t); });
main.addEventListener('mouseout', e => { if (tipTarget(e.target) && !tipTarget(e.relatedTarget)) hideTip(); });
main.addEventListener('focusin', e => { const t = tipTarget(e.target); if (t) showTip(t); else hideTip(); });
main.addEventListener('focusout', () => hideTip());
document.addEventListener('keydown', e => { if (e.key === 'Escape') hideTip(); });

document.getElementById('quick-search').addEventListener('submit', e => {
  e.preventDefault();
  const q = document.getElementById('quick-q').value.trim();
  location.hash = '#/search' + (q ? '?q=' + encodeURIComponent(q) : '');
});

window.addEventListener('hashchange', show);
show();
