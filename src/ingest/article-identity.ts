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

/** A slug for a new article named `fileName` that no stored article holds. */
export async function uniqueSlug(db: Db, fileName: string): Promise<string> {
  const base = baseSlug(fileName);
  const suffix = createHash('sha256').update(fileName).digest('hex');
  const candidates = [base, `${base}-${suffix.slice(0, 6)}`, `${base}-${suffix.slice(0, 12)}`];
  const taken = new Set((await db.article.findMany({ where: { slug: { in: candidates } }, select: { slug: true } })).map((a) => a.slug));
  const free = candidates.find((slug) => !taken.has(slug));
  if (free) return free;
  // Two 48-bit hash prefixes colliding as well: count up from the longest candidate.
  for (let n = 2; ; n++) {
    const slug = `${candidates[2]}-${n}`;
    if (!(await db.article.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

