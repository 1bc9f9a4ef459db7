// npm run eval: extraction quality against gold annotations (format and matching rules in
// ../shared/gold/README.md). A report; it always exits 0 (test/extract/eval.test.ts keeps floors).
//
//   npm run eval                              the fixture set (test/fixtures)
//   npm run eval -- --set dev3                a set under test/fixtures (articles/ + gold/)
//   npm run eval -- --dir ../shared/corpus    any folder of articles with a gold/ inside or beside it,
//                                             or a set folder holding articles/ and gold/
//   -v                                        list every miss; --ablate: what each clause rule and meeting pass adds
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLAUSE_RULES, MEETING_PASSES } from '../src/extract/index.ts';
import { FIXTURES, evaluate, loadArticleDir, loadFixtures, type Fixture } from '../src/eval/fixtures.ts';
import { rates, type Ratio, type Summary, type Tally } from '../src/eval/score.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const valuesOf = (flag: string): string[] => args.flatMap((a, i) => (a === flag && args[i + 1] ? [args[i + 1] as string] : []));

function loadSets(): Fixture[] {
  const dirs = valuesOf('--dir');
  const sets = valuesOf('--set');
  if (dirs.length === 0 && sets.length === 0) return loadFixtures();
  return [...dirs.flatMap((d) => loadArticleDir(d)), ...sets.flatMap((s) => loadFixtures(new URL(`${s}/`, FIXTURES)))];
}

/** Outlet of each file from a SOURCES.tsv beside the articles, when there is one. */
function outlets(): Map<string, string> {
  const map = new Map<string, string>();
  for (const dir of valuesOf('--dir')) {
    const tsv = join(dir, 'SOURCES.tsv');
    if (!existsSync(tsv)) continue;
    for (const line of readFileSync(tsv, 'utf8').split('\n').slice(1)) {
      const [file, , outlet] = line.split('\t');
      if (file && outlet) map.set(file, outlet);
    }
  }
  return map;
}

/** Numbered sets group by hundreds ("2NN": one genre of ../shared/corpus); anything else is one group. */
const groupOf = (file: string): string => (/^\d{3}/.test(file) ? `${file[0]}NN` : 'other');

const fixtures = loadSets();
const { scores, summary } = evaluate(fixtures);
const outletOf = outlets();

const pct = (x: number): string => x.toFixed(2);
const cell = (t: Tally): string => {
  const r = rates(t);
  return `${pct(r.precision)}/${pct(r.recall)}/${pct(r.f1)}`.padEnd(15);
};
const ratio = (r: Ratio): string => `${r.correct}/${r.total}`;

console.log(`${'file'.padEnd(40)}${'people P/R/F1'.padEnd(15)}${'orgs P/R/F1'.padEnd(15)}${'places P/R/F1'.padEnd(15)}${'meetings P/R/F1'.padEnd(16)}meta  date  loc`);
for (const s of scores) {
  const meta = s.metadataErrors.length === 0 ? 'ok' : s.metadataErrors.join(',');
  const outlet = outletOf.get(s.file);
  console.log(
    `${s.file.slice(0, 39).padEnd(40)}${cell(s.people)}${cell(s.organizations)}${cell(s.places)}${cell(s.meetings)} ${meta.padEnd(5)} ${ratio(s.meetingDate).padEnd(5)} ${ratio(s.meetingLocation)}${outlet ? `  ${outlet}` : ''}`,
  );
  if (verbose) {
    for (const m of s.misses) {
      if (m.spurious.length) console.log(`    ${m.kind} spurious: ${m.spurious.join('; ')}`);
      if (m.missing.length) console.log(`    ${m.kind} missing:  ${m.missing.join('; ')}`);
    }
    if (s.metadataErrors.length) console.log(`    metadata: ${s.metadataDiffs.join('; ')}`);
  }
}

const f1 = (t: Tally): string => pct(rates(t).f1);
const row = (name: string, s: Summary): string =>
  `${name.padEnd(10)}${String(s.articles).padStart(4)}  ${f1(s.people).padEnd(7)}${f1(s.organizations).padEnd(6)}${f1(s.places).padEnd(7)}${f1(s.meetings).padEnd(9)}${`${s.metadataCorrect}/${s.articles}`.padEnd(9)}${Object.values(s.metadataFields).map((n) => `${n}`.padStart(3)).join(' ')}`;

const groups = [...new Set(fixtures.map((f) => groupOf(f.file)))];
console.log(`\nF1 by group (micro-averaged)\n${'group'.padEnd(10)}  n   people orgs  places meetings metadata title/date/source/dateline right`);
if (groups.length > 1) {
  for (const g of groups) console.log(row(g, evaluate(fixtures.filter((f) => groupOf(f.file) === g)).summary));
}
console.log(row('all', summary));

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

if (args.includes('--ablate')) {
  // What each clause rule and meeting pass adds: meetings F1, and date and location accuracy
  // over matched meetings (what placing and dating passes change), with that one left out.
  const accuracy = (r: Ratio): string => (r.total === 0 ? '-' : pct(r.correct / r.total));
  const base = summary;
  console.log(`\nablation: with each clause rule or meeting pass left out (all of them: F1 ${pct(rates(base.meetings).f1)}, date ${accuracy(base.meetingDate)}, location ${accuracy(base.meetingLocation)})`);
  for (const name of [...Object.keys(CLAUSE_RULES), ...Object.keys(MEETING_PASSES)]) {
    const without = evaluate(fixtures, { meetings: { skip: new Set([name]) } }).summary;
    const delta = rates(base.meetings).f1 - rates(without.meetings).f1;
    console.log(
      `  ${name.padEnd(42)} F1 ${pct(rates(without.meetings).f1)} (adds ${delta >= 0 ? '+' : ''}${delta.toFixed(3)}), ` +
        `date ${accuracy(without.meetingDate)}, location ${accuracy(without.meetingLocation)}`,
    );
  }
}
