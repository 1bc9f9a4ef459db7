// The shape of seed/knowledge.json, checked when it is loaded: an entry with a wrong or missing
// field is an error naming the file, the entry and the field, not a silent miss in extraction.
import { z } from 'zod';

const names = z.array(z.string().min(1));
const placeKind = z.enum(['city', 'region', 'country', 'venue']);

const Person = z.strictObject({
  name: z.string().min(1),
  aliases: names.optional(),
  country: z.string().nullable(),
  /** Titles the person is widely known by; used only to resolve descriptions like "the Russian president". */
  titles: names,
  /** Surname forms unambiguous in news even without the full name ("Putin"). */
  short: names.optional(),
});

const Organization = z.strictObject({
  name: z.string().min(1),
  acronyms: names.optional(),
  aliases: names.optional(),
  country: z.string().nullable(),
  parent: z.string().optional(),
  /** The organ's own name inside its parent ("Central Committee"). */
  organ: z.string().optional(),
  /** Short forms that refer to it once its full name has been written ("Politburo"). */
  short: names.optional(),
  /** Surface forms that name a different body in each country ("Foreign Ministry"). */
  ambiguous: names.optional(),
  media: z.boolean().optional(),
});

const Place = z.strictObject({
  name: z.string().min(1),
  kind: placeKind,
  country: z.string().nullable().optional(),
  parent: z.string().optional(),
  aliases: names.optional(),
  /** Chinese-style province: "Zhejiang Province" / "Zhejiang province" are forms of it. */
  province: z.boolean().optional(),
});

const KnowledgeFile = z.strictObject({
  people: z.array(Person),
  organizations: z.array(Organization),
  places: z.array(Place),
  demonyms: z.record(z.string(), z.string()),
});

export type KnownPerson = z.infer<typeof Person>;
export type KnownOrganization = z.infer<typeof Organization>;
export type KnownPlace = z.infer<typeof Place>;
export type Knowledge = z.infer<typeof KnowledgeFile>;

/** Parse and check a knowledge file's text; `source` names it in errors. */
export function parseKnowledge(text: string, source: string): Knowledge {
  const json: unknown = JSON.parse(text);
  const result = KnowledgeFile.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path ?? [];
  // Name the entry by its `name` as well as its index: "organizations[12] (Xinhua)".
  const [list, index] = path;
  const entry = typeof list === 'string' && typeof index === 'number' ? (json as Record<string, Array<{ name?: unknown }>>)[list]?.[index]?.name : undefined;
  const where = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  throw new Error(`${source}: ${where}${typeof entry === 'string' ? ` (${entry})` : ''}: ${issue?.message ?? 'invalid'}`);
}
