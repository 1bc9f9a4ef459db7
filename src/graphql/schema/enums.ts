// GraphQL enums for the Prisma enums, in GraphQL's UPPER_CASE, mapped to the stored values.
import { builder } from '../builder.ts';

export const PlaceKind = builder.enumType('PlaceKind', {
  description: 'Kind of a named place.',
  values: {
    CITY: { value: 'city', description: 'A city or town.' },
    REGION: { value: 'region', description: 'A province, region or other part of a country.' },
    COUNTRY: { value: 'country', description: 'A country.' },
    VENUE: { value: 'venue', description: 'A building or venue, such as the Great Hall of the People.' },
  } as const,
});

export const DatePrecision = builder.enumType('DatePrecision', {
  description: "How precisely a meeting's date is known.",
  values: {
    DAY: { value: 'day', description: 'The day is known.' },
    MONTH: { value: 'month', description: 'Only the month is known.' },
    YEAR: { value: 'year', description: 'Only the year is known.' },
    UNKNOWN: { value: 'unknown', description: 'The date is not known.' },
  } as const,
});

export const MeetingStatus = builder.enumType('MeetingStatus', {
  description: 'Whether a meeting has taken place or is planned.',
  values: {
    HELD: { value: 'held', description: 'The meeting has taken place.' },
    SCHEDULED: { value: 'scheduled', description: 'The meeting is planned.' },
  } as const,
});

export const EntityType = builder.enumType('EntityType', {
  description: 'What a mention refers to.',
  values: {
    PERSON: { value: 'person', description: 'A person.' },
    ORGANIZATION: { value: 'organization', description: 'An organization.' },
    PLACE: { value: 'place', description: 'A place.' },
  } as const,
});

export const SortDirection = builder.enumType('SortDirection', {
  description: 'Direction of an ordering.',
  values: {
    ASC: { value: 'asc', description: 'Smallest, earliest or A first.' },
    DESC: { value: 'desc', description: 'Largest, latest or Z first.' },
  } as const,
});
