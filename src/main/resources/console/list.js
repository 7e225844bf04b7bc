// The side bar: filters, the 24 h counts per region, the SURGE banners and the incident list.
import * as model from './model.js';

const el = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
};

export function setUpFilters(form, onChange) {
  const category = form.elements.category;
  for (const c of model.CATEGORIES) {
    category.append(new Option(model.label(c), c));
  }
  form.addEventListener('change', onChange);
}

export function filters(form) {
  const f = {};
  for (const name of ['region', 'country', 'category', 'minSeverity', 'since']) {
    f[name] = form.elements[name].value;
  }
  return f;
}

// Keeps the region and country choices to those of known incidents, and the current choice.
export function refreshChoices(form, incidents) {
  const regions = new Set();
  const countries = new Map();
  for (const i of incidents) {
    if (i.location && i.location.region) regions.add(i.location.region);
    if (i.location && i.location.countryCode) countries.set(i.location.countryCode, i.location.country);
  }
  fill(form.elements.region, [...regions].sort().map((r) => [r, r]));
  fill(form.elements.country, [...countries.entries()].sort((a, b) => a[1].localeCompare(b[1])));
}

function fill(select, options) {
  const chosen = select.value;
  const wanted = ['', ...options.map(([value]) => value)].join('|');
  const have = [...select.options].map((o) => o.value).join('|');
  if (wanted === have) return;
  select.replaceChildren(new Option('all', ''), ...options.map(([value, text]) => new Option(text, value)));
  if (chosen && !options.some(([value]) => value === chosen)) {
    select.append(new Option(chosen, chosen));
  }
  select.value = chosen;
}

export function renderList(ol, incidents, selectedId, onSelect) {
  ol.replaceChildren(...incidents.map((i) => {
    const li = el('li', 'incident severity-' + i.severity);
    li.dataset.incident = i.id;
    li.tabIndex = 0;
    if (i.id === selectedId) li.classList.add('selected');
    const head = el('div', 'head');
    head.append(el('span', 'badge sev', i.severity), el('span', 'badge cat cat-' + i.category, model.label(i.category)));
    if (i.version > 1) head.append(el('span', 'badge ver', 'v' + i.version));
    li.append(head, el('div', 'title', i.title || '(no title)'), el('div', 'place', model.place(i.location)),
      el('div', 'toll', model.toll(i.casualties)), el('time', 'when', i.time ? new Date(i.time).toISOString()
        .replace('T', ' ').slice(0, 16) + ' UTC' : ''));
    li.addEventListener('click', () => onSelect(i.id));
    li.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') onSelect(i.id);
    });
    return li;
  }));
}

export function renderCounts(ul, counts, surging) {
  if (counts.length === 0) {
    ul.replaceChildren(el('li', 'none', 'none'));
    return;
  }
  ul.replaceChildren(...counts.map(([region, n]) => {
    const li = el('li', surging.has(region) ? 'surging' : '');
    li.dataset.region = region;
    li.append(el('span', 'region', region), el('span', 'count', String(n)));
    return li;
  }));
}

export function renderSurges(box, surges) {
  box.replaceChildren(...surges.map((s) => {
    const div = el('div', 'surge');
    div.dataset.region = s.region;
    div.textContent = 'SURGE in ' + s.region + ': ' + s.count + ' ' + model.label(s.category)
      + ' incidents in 24 h (baseline ' + Number(s.baseline).toFixed(1) + ' a day)';
    return div;
  }));
}
