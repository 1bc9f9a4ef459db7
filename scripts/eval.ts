// npm run eval: extraction quality on the fixture articles against their gold annotations.
// `--set dev` (or `dev2`) scores a held-out dev set instead, `--set <dir>` any directory holding
// articles/ and gold/. A report (always exits 0); test/extract/eval.test.ts enforces the targets.
import { pathToFileURL } from 'node:url';
import { FIXTURES, evaluate, loadFixtures } from '../src/eval/fixtures.ts';
import { rates, type Ratio, type Tally } from '../src/eval/score.ts';

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');

/** The article set named by `--set`: a set under test/fixtures (`dev`, `dev2`), a directory, or the fixture set by default. */
function setRoot(): URL {
  const at = process.argv.indexOf('--set');
  const name = at < 0 ? undefined : process.argv[at + 1];
  if (name === undefined) return FIXTURES;
  if (/^[\w-]+$/.test(name)) return new URL(`${name}/`, FIXTURES);
  return pathToFileURL(name.endsWith('/') ? name : `${name}/`);
}

const { scores, summary } = evaluate(loadFixtures(setRoot()));

const pct = (x: number): string => x.toFixed(2);
const cell = (t: Tally): string => {
  const r = rates(t);
  return `${pct(r.precision)}/${pct(r.recall)}/${pct(r.f1)}`.padEnd(15);
};
const ratio = (r: Ratio): string => `${r.correct}/${r.total}`;

console.log(`${'file'.padEnd(40)}${'people P/R/F1'.padEnd(15)}${'orgs P/R/F1'.padEnd(15)}${'places P/R/F1'.padEnd(15)}${'meetings P/R/F1'.padEnd(16)}meta  date  loc`);
for (const s of scores) {
  const meta = s.metadataErrors.length === 0 ? 'ok' : s.metadataErrors.join(',');
  console.log(
    `${s.file.slice(0, 39).padEnd(40)}${cell(s.people)}${cell(s.organizations)}${cell(s.places)}${cell(s.meetings)} ${meta.padEnd(5)} ${ratio(s.meetingDate).padEnd(5)} ${ratio(s.meetingLocation)}`,
  );
  if (verbose) {
    for (const m of s.misses) {
      if (m.spurious.length) console.log(`    ${m.kind} spurious: ${m.spurious.join('; ')}`);
      if (m.missing.length) console.log(`    ${m.kind} missing:  ${m.missing.join('; ')}`);
    }
  }
}
const line = (name: string, t: Tally): string => {
  const r = rates(t);
  return `${name} P ${pct(r.precision)} R ${pct(r.recall)} F1 ${pct(r.f1)} (${t.matched}/${t.predicted} pred, ${t.gold} gold)`;
};
console.log('\noverall (micro-averaged over %d articles)', summary.articles);
console.log('  ' + line('people       ', summary.people));
console.log('  ' + line('organizations', summary.organizations));
console.log('  ' + line('places       ', summary.places));
console.log('  ' + line('meetings     ', summary.meetings));
console.log(`  metadata correct ${summary.metadataCorrect}/${summary.articles}`);
console.log(`  meeting date accuracy ${ratio(summary.meetingDate)}, location accuracy ${ratio(summary.meetingLocation)} (over matched meetings)`);
