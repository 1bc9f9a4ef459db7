// Which stored article a file is: the one with its name, the path relative to the seed root
// ("xinhua/report.txt") or the name given to ingestArticle. Its slug is derived from that name,
// and made unique by construction: when another name already holds the slug ("Talks Report.txt"
// and "talks-report.txt" both slugify to talks-report), a short hash of the exact name is
// appended, so names that slugify alike never replace each other's facts.
import { createHash } from 'node:crypto';
import type { Db } from '../db/client.ts';
import { slugOf } from '../extract/index.ts';

/** The slug a name asks for: folders become part of it ("xinhua/report.txt" → xinhua-report). */
function baseSlug(fileName: string): string {
  return slugOf(fileName.replace(/[\\/]/g, '-'));
}

/**
 * Slugs for new articles named `fileNames`, in order: none held by a stored article or by an
 * earlier name of the list. The candidates of every name are read in one query.
 */
export async function uniqueSlugs(db: Db, fileNames: string[]): Promise<string[]> {
  if (!fileNames.length) return [];
  const candidates = fileNames.map((fileName) => {
    const base = baseSlug(fileName);
    const suffix = createHash('sha256').update(fileName).digest('hex');
    return [base, `${base}-${suffix.slice(0, 6)}`, `${base}-${suffix.slice(0, 12)}`] as const;
  });
  const stored = await db.article.findMany({ where: { slug: { in: candidates.flat() } }, select: { slug: true } });
  const taken = new Set(stored.map((a) => a.slug));
  const slugs = [];
  for (const names of candidates) {
    const slug = names.find((s) => !taken.has(s)) ?? (await countedSlug(db, names[2], taken));
    taken.add(slug);
    slugs.push(slug);
  }
  return slugs;
}

/** Two 48-bit hash prefixes colliding as well: count up from the longest candidate. */
async function countedSlug(db: Db, longest: string, taken: Set<string>): Promise<string> {
  for (let n = 2; ; n++) {
    const slug = `${longest}-${n}`;
    if (!taken.has(slug) && !(await db.article.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}
