// The incidents the page knows, one entry per incident id, from the REST list and the live alerts.
// An entry never goes back to an older version: the stream and the REST API may deliver out of order.

export const CATEGORIES = ['ASSASSINATION', 'ARMED_ASSAULT', 'BOMBING', 'HIJACKING', 'HOSTAGE_TAKING',
  'KIDNAPPING', 'FACILITY_ATTACK', 'UNARMED_ASSAULT', 'SHELLING_AIRSTRIKE', 'ARMED_CLASH', 'RIOT', 'OTHER_VIOLENCE'];
export const SEVERITIES = ['LOW', 'MODERATE', 'HIGH', 'CRITICAL'];
const DAY_MS = 24 * 3600 * 1000;

const incidents = new Map();
const surges = new Map();

function entry(fields) {
  const old = incidents.get(fields.id);
  if (old && old.version > fields.version) {
    return false;
  }
  incidents.set(fields.id, {
    ...fields,
    firstDetected: old && old.firstDetected ? old.firstDetected : fields.firstDetected,
    title: fields.title || (old && old.title) || '',
  });
  return true;
}

// An incident state from /api/incidents.
export function fromState(s) {
  const first = s.versions && s.versions.length ? s.versions[0] : null;
  const latest = s.versions && s.versions.length ? s.versions[s.versions.length - 1] : null;
  return entry({
    id: s.incidentId, version: s.version, category: s.category, severity: s.severity,
    location: s.location, casualties: s.casualties || { killed: 0, injured: 0 },
    time: s.lastSeen, firstDetected: first ? first.detectedAt : s.updatedAt,
    sources: s.sources || [], corroborated: s.corroborated, title: latest ? latest.title : '',
  });
}

// The data of a NEW or UPDATE alert event.
export function fromAlert(a) {
  return entry({
    id: a.incidentId, version: a.version, category: a.category, severity: a.severity,
    location: a.location, casualties: a.casualties || { killed: 0, injured: 0 },
    time: a.publishedAt || a.detectedAt, firstDetected: a.alertType === 'NEW' ? a.detectedAt : null,
    sources: a.sources || [], corroborated: a.corroborated, title: a.title,
    alertType: a.alertType, changedFields: a.changedFields || [],
  });
}

// The data of a SURGE event: one banner per region and category, the latest window's.
export function addSurge(s) {
  surges.set(s.region + '/' + s.category, s);
}

export function activeSurges(now = Date.now()) {
  return [...surges.values()].filter((s) => now - Date.parse(s.detectedAt) < DAY_MS);
}

export function get(id) {
  return incidents.get(id);
}

export function all() {
  return [...incidents.values()].sort((a, b) => (Date.parse(b.time) || 0) - (Date.parse(a.time) || 0)
    || a.id.localeCompare(b.id));
}

export function matches(i, f, now = Date.now()) {
  const loc = i.location || {};
  if (f.region && loc.region !== f.region) return false;
  if (f.country && loc.countryCode !== f.country) return false;
  if (f.category && i.category !== f.category) return false;
  if (f.minSeverity && SEVERITIES.indexOf(i.severity) < SEVERITIES.indexOf(f.minSeverity)) return false;
  if (f.since && !(now - Date.parse(i.time) <= Number(f.since) * 3600 * 1000)) return false;
  return true;
}

// New incidents per region whose first alert was raised in the last 24 h.
export function regionCounts(now = Date.now()) {
  const counts = new Map();
  for (const i of incidents.values()) {
    const region = i.location && i.location.region;
    if (region && i.firstDetected && now - Date.parse(i.firstDetected) < DAY_MS) {
      counts.set(region, (counts.get(region) || 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export function place(loc) {
  if (!loc) return 'place unknown';
  const parts = [loc.city, loc.admin1, loc.country].filter((p, i, all) => p && all.indexOf(p) === i);
  return parts.join(', ') + (loc.region ? ' (' + loc.region + ')' : '');
}

export function toll(c) {
  return 'killed ' + (c ? c.killed : 0) + ', injured ' + (c ? c.injured : 0);
}

export const label = (name) => name.toLowerCase().replace(/_/g, ' ');
