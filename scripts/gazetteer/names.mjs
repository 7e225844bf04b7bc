// Name and distance helpers shared by the gazetteer build steps.

export const clean = (s) => s.replace(/[\t\n\r|]/g, ' ').trim();
export const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

// Latin-script names only: the resolver reads English-language news.
// Capitalised and not all-caps: drops codes ("ALA") and lowercase machine transliterations.
export const isLatinName = (s) => /^\p{Lu}/u.test(s) && /\p{Ll}/u.test(s)
  && /^[\p{Script=Latin}][\p{Script=Latin}\p{M} '’.\-]*$/u.test(s) && s.length >= 3 && s.length <= 40
  && s.split(/[ \-]/).length <= 5;

export function km(a, b) {
  const r = Math.PI / 180;
  const x = (b.lon - a.lon) * r * Math.cos(((a.lat + b.lat) / 2) * r);
  const y = (b.lat - a.lat) * r;
  return 6371 * Math.sqrt(x * x + y * y);
}
