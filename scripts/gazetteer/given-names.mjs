// Writes given-names.txt.gz and surnames.txt.gz: first and last names from @faker-js/faker's locale
// data (MIT), folded, one a line.
// The place reader takes a name right after one of them for a person ("JOSE ANTONIO RODRIGUEZ"), so
// names that are also English dictionary words ("Mark", "Will", "Grace") are left out.
// Also left out: words of country names and demonyms ("Georgia", "Israel", "Rico"), and words that
// begin many place names ("Santa", "San"), read from the gazetteer files build-gazetteer.mjs wrote.
// A place name right before a surname is a first name ("MODESTO RAMIREZ"), and a name after a first
// name and a surname is a second surname ("OSVALDO DIAZ SALVADOR"): surnames that are dictionary
// words ("Price", "King") or words of country names are left out, surnames that are places are kept.
// Args: <node_modules dir> <output dir>
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { fold } from './names.mjs';

const [modules, outDir] = process.argv.slice(2);
// The languages of the copy the service reads most, Latin script only.
const LOCALES = ['en', 'es', 'es_MX', 'fr', 'pt_BR', 'pt_PT', 'it', 'de'];
const MIN_LETTERS = 3;
const PLACE_PREFIX_USES = 100;

const faker = await import(pathToFileURL(path.join(modules, '@faker-js/faker/dist/index.js')).href);
const dictionary = new Set(fs.readFileSync(path.join(modules, 'word-list/words.txt'), 'utf8').split('\n'));

const readGz = (file) => zlib.gunzipSync(fs.readFileSync(path.join(outDir, file))).toString('utf8').split('\n')
  .filter((line) => line && !line.startsWith('#')).map((line) => line.split('\t'));
const words = (name) => fold(name).split(/[^\p{L}]+/u).filter(Boolean);
const placeWords = new Set();
for (const [, , , , , , , names, demonyms] of readGz('countries.tsv.gz')) {
  for (const n of `${names}|${demonyms}`.split('|')) words(n).forEach((w) => placeWords.add(w));
}
const firstWordUses = new Map();
for (const [name] of readGz('places.tsv.gz')) {
  const first = words(name)[0];
  if (first) firstWordUses.set(first, (firstWordUses.get(first) ?? 0) + 1);
}
const placeLike = (word) => placeWords.has(word) || (firstWordUses.get(word) ?? 0) >= PLACE_PREFIX_USES;

const names = new Set();
for (const code of LOCALES) {
  const firstNames = faker.allLocales[code]?.person?.first_name;
  if (!firstNames) throw new Error(`faker locale ${code} has no person.first_name`);
  const lists = Array.isArray(firstNames) ? [firstNames] : Object.values(firstNames);
  for (const list of lists) {
    for (const full of list) {
      for (const part of full.split(/[\s-]+/)) {
        const word = fold(part);
        if (/^\p{L}+$/u.test(word) && word.length >= MIN_LETTERS && !dictionary.has(word) && !placeLike(word)) {
          names.add(word);
        }
      }
    }
  }
}
const surnames = new Set();
for (const code of LOCALES) {
  const lastNames = faker.allLocales[code]?.person?.last_name;
  if (!lastNames) throw new Error(`faker locale ${code} has no person.last_name`);
  for (const list of Array.isArray(lastNames) ? [lastNames] : Object.values(lastNames)) {
    for (const full of list) {
      for (const part of full.split(/[\s-]+/)) {
        const word = fold(part);
        if (/^\p{L}+$/u.test(word) && word.length >= MIN_LETTERS && !dictionary.has(word) && !placeWords.has(word)) {
          surnames.add(word);
        }
      }
    }
  }
}
const write = (file, what, set) => {
  const lines = [`# ${what} (folded) from @faker-js/faker locale data, MIT; see LICENSE-DATA.md`, ...[...set].sort()];
  fs.writeFileSync(path.join(outDir, file), zlib.gzipSync(lines.join('\n') + '\n', { level: 9 }));
  console.log(`${file}: ${set.size} names`);
};
write('given-names.txt.gz', 'given names', names);
write('surnames.txt.gz', 'surnames', surnames);
