// Stops the gazetteer build when node_modules holds a package that packages.tsv does not pin, at
// another version, declaring another licence, or with a licence missing from licence-allow-list.txt.
// Args: <node_modules dir> <packages.tsv> <licence-allow-list.txt>
import fs from 'node:fs';
import path from 'node:path';

const [modules, packagesFile, allowFile] = process.argv.slice(2);
const rows = (file) => fs.readFileSync(file, 'utf8').split('\n')
  .filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t').map((f) => f.trim()));

const allowed = new Set(rows(allowFile).map((r) => r[0]));
const pinned = new Map(rows(packagesFile).map(([name, version, licence]) => [name, { version, licence }]));

function installed() {
  const out = [];
  for (const entry of fs.readdirSync(modules)) {
    if (entry.startsWith('.')) continue;
    const dirs = entry.startsWith('@')
      ? fs.readdirSync(path.join(modules, entry)).map((d) => path.join(entry, d)) : [entry];
    for (const d of dirs) {
      const file = path.join(modules, d, 'package.json');
      if (fs.existsSync(file)) out.push(JSON.parse(fs.readFileSync(file, 'utf8')));
    }
  }
  return out;
}

const declared = (p) => p.license || (p.licenses || []).map((l) => l.type).join(' OR ');

const problems = [];
for (const p of installed()) {
  const pin = pinned.get(p.name);
  const licence = declared(p);
  if (!pin) problems.push(`${p.name}@${p.version} (${licence}) is not pinned in packages.tsv`);
  else if (pin.version !== p.version) problems.push(`${p.name} is ${p.version}, packages.tsv pins ${pin.version}`);
  else if (pin.licence !== licence) problems.push(`${p.name} declares "${licence}", packages.tsv says "${pin.licence}"`);
  if (!allowed.has(licence)) problems.push(`${p.name}: licence "${licence}" is not on licence-allow-list.txt`);
}
if (problems.length) {
  console.error('gazetteer build stopped:\n  ' + problems.join('\n  '));
  process.exit(1);
}
console.log(`licences: ${pinned.size} pinned packages, all on the allow-list`);
