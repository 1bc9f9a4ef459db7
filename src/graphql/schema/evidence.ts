// Provenance: the sentences facts point back to, mentions, roles, meeting sources and aliases.
import { builder } from '../builder.ts';
import { EntityType } from './enums.ts';

builder.prismaObject('Sentence', {
  fields: (t) => ({
    index: t.exposeInt('index'),
    paragraphIndex: t.exposeInt('paragraphIndex'),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
    text: t.exposeString('text'),
    article: t.relation('article', { description: 'The article the sentence belongs to.' }),
  }),
});

export const Mention = builder.prismaObject('Mention', {
  fields: (t) => ({
    text: t.exposeString('text'),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
    entityType: t.expose('entityType', { type: EntityType }),
    sentence: t.relation('sentence'),
    article: t.relation('article', { description: 'The article the mention occurs in.' }),
    person: t.relation('person', { nullable: true, description: 'The person mentioned, for a person mention.' }),
    organization: t.relation('organization', {
      nullable: true, description: 'The organization mentioned, for an organization mention.',
    }),
    place: t.relation('place', { nullable: true, description: 'The place mentioned, for a place mention.' }),
  }),
});

export const Role = builder.prismaObject('Role', {
  fields: (t) => ({
    title: t.exposeString('title'),
    organization: t.relation('organization', { nullable: true }),
    country: t.relation('country', { nullable: true }),
    person: t.relation('person', { description: 'The person holding the title.' }),
    article: t.relation('article'),
    sentence: t.relation('sentence'),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
  }),
});

export const MeetingSource = builder.prismaObject('MeetingSource', {
  // Select mode: a source row also holds its article's whole account of the meeting (for
  // regrouping at ingest), which no field returns; reading it cost a third of a page's SQL time.
  select: { id: true },
  fields: (t) => ({
    summary: t.exposeString('summary'),
    article: t.relation('article', { description: 'The article that reports the meeting.' }),
    sentence: t.relation('sentence'),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
    meeting: t.relation('meeting', { description: 'The meeting reported.' }),
  }),
});

export const PersonAlias = builder.prismaObject('PersonAlias', {
  fields: (t) => ({
    name: t.exposeString('name'),
    normalized: t.exposeString('normalized'),
  }),
});

export const OrganizationAlias = builder.prismaObject('OrganizationAlias', {
  fields: (t) => ({
    name: t.exposeString('name'),
    normalized: t.exposeString('normalized'),
  }),
});

export const PlaceAlias = builder.prismaObject('PlaceAlias', {
  fields: (t) => ({
    name: t.exposeString('name'),
    normalized: t.exposeString('normalized'),
  }),
});
