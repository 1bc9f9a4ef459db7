// Connections over the person-organization pairs the Role triggers keep (PersonOrganization):
// a person's organizations and an organization's people, in order of the first role stating
// the pair, paged in the database with the pair's key as cursor.
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import type { Prisma } from '../../db/generated/client.ts';
import { builder } from '../builder.ts';
import { nonEmpty } from './selection.ts';

/** One pair per person on an organization and per organization on a person: the role ID is unique. */
export const inRoleOrder = [{ firstRoleId: 'asc' }] satisfies Prisma.PersonOrganizationOrderByWithRelationInput[];

export const personOrganizations = prismaConnectionHelpers(builder, 'PersonOrganization', {
  cursor: 'personId_organizationId',
  select: (nodeSelection) => ({ organization: nonEmpty(nodeSelection(true)) }),
  resolveNode: (pair) => pair.organization,
});

export const organizationPeople = prismaConnectionHelpers(builder, 'PersonOrganization', {
  cursor: 'personId_organizationId',
  select: (nodeSelection) => ({ person: nonEmpty(nodeSelection(true)) }),
  resolveNode: (pair) => pair.person,
});
