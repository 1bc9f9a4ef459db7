// Prisma filters that find entities by any of their names: the canonical name (via its slug) or
// any alias, compared in the folded form aliases are stored in, so lookups ignore case,
// punctuation and diacritics.
import type { Prisma } from '../../db/generated/client.ts';
import { foldName, slugify } from '../../ingest/names.ts';

export function personNamed(name: string): Prisma.PersonWhereInput {
  return { OR: [{ slug: slugify(name) }, { aliases: { some: { normalized: foldName(name) } } }] };
}

export function organizationNamed(name: string): Prisma.OrganizationWhereInput {
  return { OR: [{ slug: slugify(name) }, { aliases: { some: { normalized: foldName(name) } } }] };
}

export function placeNamed(name: string): Prisma.PlaceWhereInput {
  return { OR: [{ slug: slugify(name) }, { aliases: { some: { normalized: foldName(name) } } }] };
}
