// Prisma filters that find entities by any of their names: the canonical name (via its slug) or
// any alias, compared in the folded form aliases are stored in, so lookups ignore case,
// punctuation and diacritics.
// foldName is imported from its own module, not extraction's index: that would load all of
// extraction (gazetteers, models) into a server that never ingests.
import type { Prisma } from '../../db/generated/client.ts';
import { foldName } from '../../extract/recognize/tokens.ts';
import { checkLength, limits } from '../limits.ts';

/** Names are refused past a length no name reaches, with an error naming the argument. */
function named(name: string) {
  checkLength('name', name, limits.maxNameLength);
  const folded = foldName(name);
  // The slug as ingest's slugify makes it (src/ingest/names.ts, which imports extraction's index).
  const slug = folded.replace(/ /g, '-') || 'unnamed';
  return { OR: [{ slug }, { aliases: { some: { normalized: folded } } }] };
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
