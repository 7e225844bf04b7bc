// The incident panel: what the service knows of one incident, each version with what changed, and
// the evidence of each version: every span highlighted inside its sentence, labelled by its field.
import * as model from './model.js';

const el = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
};

function row(dl, term, value) {
  dl.append(el('dt', null, term), el('dd', 'field-' + term.replace(/\W+/g, '-'), value));
}

export function render(body, state) {
  const latest = state.versions[state.versions.length - 1] || {};
  const loc = state.location;
  const dl = el('dl', 'facts');
  row(dl, 'category', model.label(state.category));
  row(dl, 'severity', state.severity);
  row(dl, 'place', model.place(loc));
  row(dl, 'precision', loc ? loc.precision : 'none');
  row(dl, 'killed', String(state.casualties.killed));
  row(dl, 'injured', String(state.casualties.injured));
  row(dl, 'outlets', state.sources.join(', '));
  row(dl, 'corroboration', state.corroborated ? 'corroborated by ' + state.sources.length + ' outlets'
    : 'one outlet so far');
  row(dl, 'articles', String(state.articles));
  body.replaceChildren(el('h2', 'panel-title', latest.title || state.incidentId), el('p', 'incident-id', state.incidentId), dl,
    el('h3', null, 'Versions'), versions(state.versions));
  body.dataset.incident = state.incidentId;
  body.dataset.version = String(state.version);
}

function versions(list) {
  const ol = el('ol', 'versions');
  for (const v of [...list].reverse()) {
    const li = el('li', 'version');
    li.dataset.version = String(v.version);
    const changed = v.changedFields && v.changedFields.length ? 'changed: ' + v.changedFields.join(', ') : 'first report';
    li.append(el('div', 'version-head', 'v' + v.version + ' ' + v.alertType + ' · ' + v.outlet + ' · '
      + v.detectedAt.replace('T', ' ').slice(0, 19) + ' UTC · ' + changed),
    el('div', 'version-facts', model.label(v.category) + ', ' + v.severity + ', ' + model.place(v.location) + ', '
      + model.toll(v.casualties)));
    if (v.title) li.append(el('div', 'version-title', v.title));
    li.append(evidence(v.evidence || []));
    ol.append(li);
  }
  return ol;
}

function evidence(quotes) {
  const ul = el('ul', 'evidence');
  for (const q of quotes) {
    const li = el('li', 'quote');
    li.dataset.field = q.field;
    const sentence = el('q', 'sentence');
    sentence.append(q.sentence.slice(0, q.start));
    const mark = el('mark', 'span field-' + q.field, q.sentence.slice(q.start, q.end));
    mark.dataset.field = q.field;
    sentence.append(mark, q.sentence.slice(q.end));
    li.append(el('span', 'field-label', q.field), sentence);
    ul.append(li);
  }
  if (quotes.length === 0) ul.append(el('li', 'none', 'no evidence kept for this version'));
  return ul;
}
