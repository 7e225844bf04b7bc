// The map: the bundled Natural Earth country outlines (no tile server unless console.tile.url is set)
// and one circle per located incident, coloured by category (the cat-* classes of console.css) and
// sized by its toll.
import { CATEGORIES, label } from './model.js';


let map;
let layer;
const markers = new Map();

export async function createMap(element, tileUrl, onSelect) {
  map = L.map(element, { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([20, 15], 2);
  map.attributionControl.setPrefix(false);
  if (tileUrl) {
    L.tileLayer(tileUrl, { maxZoom: 12 }).addTo(map);
  }
  const res = await fetch('/console/vendor/world-atlas/countries-110m.json');
  const world = await res.json();
  const countries = topojson.feature(world, world.objects.countries);
  countries.features.forEach((f) => unwrap(f.geometry));
  L.geoJSON(countries, {
    style: { color: '#8a99a8', weight: 0.7, fillColor: '#e8edf1', fillOpacity: tileUrl ? 0 : 1 },
    interactive: false,
    attribution: 'Natural Earth',
  }).addTo(map);
  layer = L.layerGroup().addTo(map);
  legend().addTo(map);
  map.on('click', () => onSelect(null));
  element.dataset.ready = 'true';
  return map;
}

// Outlines that cross the antimeridian jump from +180 to -180; Leaflet would draw that jump as a band
// across the world, so each ring continues past 180 instead.
function unwrap(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        while (ring[i][0] - ring[i - 1][0] > 180) ring[i][0] -= 360;
        while (ring[i][0] - ring[i - 1][0] < -180) ring[i][0] += 360;
      }
    }
  }
}

// Which colour is which category, in the map's corner.
function legend() {
  const control = L.control({ position: 'bottomleft' });
  control.onAdd = () => {
    const box = L.DomUtil.create('div', 'legend');
    for (const category of CATEGORIES) {
      const row = L.DomUtil.create('div', 'legend-row', box);
      L.DomUtil.create('span', 'swatch cat-' + category, row);
      row.append(label(category));
    }
    return box;
  };
  return control;
}

export function radius(casualties) {
  const n = casualties ? casualties.killed + casualties.injured : 0;
  return Math.min(28, 5 + 3 * Math.sqrt(n));
}

// Draws exactly the given incidents, reusing the circles of those already drawn.
export function show(incidents, onSelect) {
  const keep = new Set();
  for (const i of incidents) {
    const loc = i.location;
    if (!loc || loc.lat == null || loc.lon == null) {
      continue;
    }
    keep.add(i.id);
    const style = {
      radius: radius(i.casualties), color: '#222', weight: 1, fillOpacity: 0.8,
      className: 'incident-marker cat-' + i.category + ' marker-' + i.id,
    };
    let m = markers.get(i.id);
    if (m && m.category !== i.category) {
      // Leaflet sets a circle's classes once: a new category needs a new circle
      layer.removeLayer(m);
      markers.delete(i.id);
      m = null;
    }
    if (!m) {
      m = L.circleMarker([loc.lat, loc.lon], style).addTo(layer);
      m.on('click', (e) => {
        L.DomEvent.stopPropagation(e);
        onSelect(m.incidentId);
      });
      markers.set(i.id, m);
    } else {
      m.setLatLng([loc.lat, loc.lon]);
      m.setStyle(style);
      m.setRadius(style.radius);
    }
    m.incidentId = i.id;
    m.category = i.category;
    m.unbindTooltip();
    const tip = document.createElement('span');
    tip.textContent = (i.title || i.category) + ' (killed ' + i.casualties.killed + ', injured '
      + i.casualties.injured + ')';
    m.bindTooltip(tip, { sticky: true });
  }
  for (const [id, m] of markers) {
    if (!keep.has(id)) {
      layer.removeLayer(m);
      markers.delete(id);
    }
  }
}
