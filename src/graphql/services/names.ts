// Prisma filters that find entities by any of their names: the canonical name (via its slug) or
// any alias, compared in the folded form aliases are stored in, so lookups ignore case,
// punctuation and diacritics.
import type { Prisma } from '../../db/generated/client.ts';
import { foldName } from '../../extract/names.ts';
import { slugify } from '../../ingest/names.ts';
import { checkLength, limits } from '../limits.ts';

/** Names are refused past a length no name reaches, with an error naming the argument. */
function named(name: string) {
  checkLength('name', name, limits.maxNameLength);
  return { OR: [{ slug: slugify(name) }, { aliases: { some: { normalized: foldName(name) } } }] };
}

export function personNamed(name: string): Prisma.PersonWhereInput {
  return named(name);
}

export function organizationNamed(name: string): Prisma.OrganizationWhereInput {
  return named(name);
}

export function placeNamed(name: string): Prisma.PlaceWhereInput {
  return named(name);
}
