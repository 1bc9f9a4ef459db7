// The schema as a contract: described throughout, deterministic, Relay-shaped.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
// The CommonJS entry, which Pothos and Yoga load too: vite would otherwise hand this file the
// ESM build, a second graphql instance that rejects the schema's types.
import {
  getNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType, type GraphQLNamedType,
} from 'graphql/index.js';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/db/paths.ts';
import { schema } from '../../src/graphql/schema/index.ts';

const ownTypes = Object.values(schema.getTypeMap()).filter(
  (type) => !type.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name),
);

function undescribed(type: GraphQLNamedType): string[] {
  const missing = type.description ? [] : [type.name];
  if (isObjectType(type) || isInterfaceType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (!field.description) missing.push(`${type.name}.${field.name}`);
      for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
    }
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
  }
  if (isEnumType(type)) {
    for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

describe('schema', () => {
  it('describes every type, field, argument and enum value', () => {
    expect(ownTypes.flatMap(undescribed)).toEqual([]);
  });

  it('takes descriptions from the Prisma schema where they apply', () => {
    const meeting = schema.getType('Meeting');
    expect(meeting?.description).toBe('A talk, meeting, session or summit reported as held or scheduled.');
    expect(isObjectType(meeting) && meeting.getFields().datePrecision?.description).toBe(
      'How much of `date` is known: day, month, year or unknown.',
    );
  });

  it('prints the same SDL in separate processes', async () => {
    const print = async () => {
      const script =
        "import { printSchema } from 'graphql'; import { schema } from './src/graphql/schema/index.ts'; " +
        'process.stdout.write(printSchema(schema));';
      const { stdout } = await promisify(execFile)('npx', ['tsx', '--eval', script], { cwd: projectRoot });
      return stdout;
    };
    const [first, second] = await Promise.all([print(), print()]);
    expect(first).toContain('type Meeting implements Node');
    expect(second).toBe(first);
  });

  it('makes every entity a Node and every list a connection with totalCount and pageInfo', () => {
    const node = schema.getType('Node');
    expect(isInterfaceType(node)).toBe(true);
    for (const name of ['Article', 'Person', 'Organization', 'Place', 'Meeting']) {
      const type = schema.getType(name);
      expect(isObjectType(type) && type.getInterfaces().map((i) => i.name), name).toEqual(['Node']);
    }
    const lists: string[] = [];
    for (const type of ownTypes) {
      if (!isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type);
        if (String(field.type).includes('[') && !type.name.endsWith('Connection') && field.name !== 'nodes') lists.push(`${type.name}.${field.name}`);
        if (named.name.endsWith('Connection') && isObjectType(named)) {
          expect(Object.keys(named.getFields()), `${type.name}.${field.name}`).toEqual(expect.arrayContaining(['totalCount', 'pageInfo', 'edges']));
        }
      }
    }
    // Payloads bounded by construction and wanted whole: a network (at most 100 people) and a
    // timeline (one entry per month or year that has meetings).
    const bounded = [
      'MeetingTimeline.months', 'MeetingTimeline.years', 'Network.affiliations', 'Network.edges', 'Network.nodes', 'Network.organizations',
    ];
    expect(lists.filter((list) => !bounded.includes(list))).toEqual([]);
    expect(isUnionType(schema.getType('SearchResult'))).toBe(true);
  });
});
