// Wires the console together: token, map, list and panel, the REST snapshot and the live stream.
import * as api from './api.js';
import * as model from './model.js';
import * as mapView from './map.js';
import * as list from './list.js';
import * as panel from './panel.js';

const $ = (id) => document.getElementById(id);
const form = $('filters');
let selected = null;
let loadedOnce = false;

function redraw() {
  const f = list.filters(form);
  const incidents = model.all();
  const shown = incidents.filter((i) => model.matches(i, f));
  list.refreshChoices(form, incidents);
  list.renderList($('list'), shown, selected, select);
  mapView.show(shown, select);
  const surges = model.activeSurges();
  list.renderCounts($('counts').querySelector('ul'), model.regionCounts(), new Set(surges.map((s) => s.region)));
  list.renderSurges($('surges'), surges);
  $('shown').textContent = shown.length + ' of ' + incidents.length;
}

async function select(id) {
  selected = id;
  if (!id) {
    $('panel').hidden = true;
    redraw();
    return;
  }
  redraw();
  await showPanel(id, 0);
}

// The state store may trail the alert topic a little: a panel older than the alert asks again.
async function showPanel(id, tries) {
  const state = await api.getJson('/api/incidents/' + encodeURIComponent(id));
  if (selected !== id) return;
  panel.render($('panel-body'), state);
  $('panel').hidden = false;
  const known = model.get(id);
  if (known && known.version > state.version && tries < 10) {
    setTimeout(() => showPanel(id, tries + 1), 500);
  }
}

async function loadSnapshot() {
  const snapshot = await api.getJson('/api/incidents?limit=1000');
  snapshot.incidents.forEach(model.fromState);
  loadedOnce = true;
  $('loaded').textContent = snapshot.count + ' incidents loaded';
  redraw();
}

// 503 while Kafka Streams starts or restores: ask again shortly.
function retrySnapshot() {
  $('loaded').textContent = 'waiting for the incident store';
  setTimeout(() => loadSnapshot().catch(retrySnapshot), 2000);
}

function onEvent(event) {
  if (event.type === 'ready') {
    // Loaded after the stream stands at the topic's end, so nothing falls between the two.
    if (!loadedOnce) loadSnapshot().catch(retrySnapshot);
    return;
  }
  let payload;
  try {
    payload = JSON.parse(event.data).data;
  } catch (e) {
    console.warn('unreadable ' + event.type + ' event ' + event.id);
    return;
  }
  if (event.type === 'alert') {
    model.fromAlert(payload);
    if (selected === payload.incidentId) showPanel(selected, 0);
  } else if (event.type === 'surge') {
    model.addSurge(payload);
  }
  redraw();
}

function setState(state) {
  $('live').textContent = state;
  $('live').dataset.state = state;
}

function tokenPrompt() {
  const dialog = $('token-dialog');
  return new Promise((resolve) => {
    const tokenForm = $('token-form');
    tokenForm.onsubmit = () => resolve(tokenForm.elements.token.value);
    dialog.showModal();
  });
}

async function start() {
  api.setTokenPrompt(tokenPrompt);
  const config = await api.consoleConfig();
  await api.ensureToken(config.tokenRequired);
  list.setUpFilters(form, redraw);
  $('panel-close').addEventListener('click', () => select(null));
  await mapView.createMap($('map'), config.tileUrl, select);
  redraw();
  api.follow(onEvent, setState);
}

start();
