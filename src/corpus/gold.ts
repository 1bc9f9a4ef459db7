// The gold annotation of a generated article (the format of test/fixtures/gold), recorded while
// the article is written: every name the writer puts into the text goes through `GoldRecorder`,
// so each gold mention is a surface form that really occurs in the article.
import { allPlaces, demonym, type OrgSpec, type PersonSpec, type PlaceKind } from './pools.ts';
import type { Random } from './random.ts';

export interface GoldRole { title: string; organization: string | null; country: string | null }
export interface GoldPerson { name: string; mentions: string[]; country: string | null; roles: GoldRole[] }
export interface GoldOrganization { name: string; mentions: string[]; country: string | null }
export interface GoldPlace { name: string; kind: PlaceKind; country: string | null }
export interface GoldMeeting {
  participants: string[];
  organizations: string[];
  date: string | null;
  location: string | null;
  venue: string | null;
  status: 'held' | 'scheduled';
  summary: string;
}
export interface GoldArticle {
  file: string;
  title: string | null;
  publishedOn: string | null;
  source: string | null;
  dateline: string | null;
  people: GoldPerson[];
  organizations: GoldOrganization[];
  places: GoldPlace[];
  meetings: GoldMeeting[];
}

/** How a person is written: with a title before the name, with an office after it, in full, or by surname. */
export type PersonForm = 'titled' | 'post' | 'full' | 'short';
/** How an organization is written; `acronym` defines the acronym first if the article has not. */
export type OrgForm = 'full' | 'alias' | 'define' | 'acronym';

interface PersonEntry { gold: GoldPerson; spec: PersonSpec | null; spelling: string; surname: string; introduced: boolean }

function pushUnique<T>(list: T[], item: T, same: (a: T, b: T) => boolean = (a, b) => a === b): void {
  if (!list.some((x) => same(x, item))) list.push(item);
}

const sameRole = (a: GoldRole, b: GoldRole) => a.title === b.title && a.organization === b.organization && a.country === b.country;

// Longest names first, so "Great Hall of the People" wins over any shorter name inside it; a
// hyphenated "China-Russia" names a relationship, not the two places.
const placePattern = new RegExp(
  `(?<![\\w-])(${[...allPlaces].sort((a, b) => b.name.length - a.name.length).map((p) => p.name.replace(/[.'\\-]/g, '\\$&')).join('|')})(?![\\w-])`,
  'g',
);
const placesByName = new Map(allPlaces.map((p) => [p.name, p]));

export class GoldRecorder {
  private readonly people = new Map<string, PersonEntry>();
  private readonly organizations = new Map<string, { gold: GoldOrganization; defined: boolean }>();
  private readonly meetings: GoldMeeting[] = [];

  constructor(private readonly random: Random) {}

  /** Writes `spec` in the given form and records the mention (and the role, when one is stated). */
  person(spec: PersonSpec, form: PersonForm): string {
    const entry = this.entry(spec);
    const { gold, spelling } = entry;
    // Two Wangs in one article: neither is called just "Wang".
    const sharedSurname = [...this.people.values()].some((e) => e !== entry && e.surname === entry.surname);
    let text: string;
    if (form === 'short' && entry.introduced && !sharedSurname) {
      text = entry.surname;
    } else if (form === 'post' && spec.post) {
      const { title, org, orgForm } = spec.post;
      const orgText = orgForm && this.random.chance(0.5) ? this.orgAs(org, orgForm) : this.org(org, 'full');
      // Party names such as "United Russia" take no article.
      text = `${spelling}, ${title} of ${/^(A |United Russia)/.test(orgText) ? '' : 'the '}${orgText}`;
      pushUnique(gold.roles, { title, organization: org.name, country: spec.country }, sameRole);
    } else if (form === 'titled' || (form === 'post' && !spec.post) || !entry.introduced) {
      const prefix = spec.titleOrg ? this.orgAs(spec.titleOrg.org, spec.titleOrg.text) : spec.ownTitle ? '' : demonym[spec.country];
      text = `${prefix ? `${prefix} ` : ''}${spec.title} ${spelling}`;
      const organization = spec.titleOrg?.org.name ?? null;
      pushUnique(gold.roles, { title: spec.title, organization, country: spec.country }, sameRole);
    } else {
      text = spelling;
    }
    entry.introduced = true;
    pushUnique(gold.mentions, text);
    // A titled mention holds the bare name too; gold lists both, as the fixtures do.
    if (text !== spelling && text.includes(spelling)) pushUnique(gold.mentions, spelling);
    return text;
  }

  /** The name this article gives `spec` (its spelling of the full name). */
  nameOf(spec: PersonSpec): string {
    return this.entry(spec).spelling;
  }

  /** A surname as a headline writes it, before the person is introduced. */
  surname(spec: PersonSpec): string {
    const entry = this.entry(spec);
    pushUnique(entry.gold.mentions, entry.surname);
    return entry.surname;
  }

  /** Newsroom staff: photographers, web editors, reporters. `written` is the text as printed ("LI XIANG"). */
  staff(name: string, written: string, role: GoldRole | null): string {
    const gold = this.people.get(name)?.gold ?? { name, mentions: [], country: null, roles: [] };
    if (!this.people.has(name)) this.people.set(name, { gold, spec: null, spelling: name, surname: name, introduced: true });
    pushUnique(gold.mentions, written);
    if (role) pushUnique(gold.roles, role, sameRole);
    return written;
  }

  org(spec: OrgSpec, form: OrgForm): string {
    const entry = this.orgEntry(spec);
    let text: string;
    if (spec.acronym && (form === 'define' || (form === 'acronym' && !entry.defined))) {
      entry.defined = true;
      pushUnique(entry.gold.mentions, spec.name);
      pushUnique(entry.gold.mentions, spec.acronym);
      return `${spec.name} (${spec.acronym})`;
    }
    if (form === 'acronym' && spec.acronym) text = spec.acronym;
    else if (form === 'alias' && spec.aliases?.length) text = this.random.pick(spec.aliases);
    else text = spec.name;
    pushUnique(entry.gold.mentions, text);
    return text;
  }

  /** A specific written form of `spec` (an alias or an abbreviation used in a dateline). */
  orgAs(spec: OrgSpec, text: string): string {
    pushUnique(this.orgEntry(spec).gold.mentions, text);
    return text;
  }

  meeting(meeting: GoldMeeting): void {
    this.meetings.push(meeting);
  }

  build(text: string, meta: Pick<GoldArticle, 'file' | 'title' | 'publishedOn' | 'source' | 'dateline'>): GoldArticle {
    // Place names inside organization names ("Shanghai" in "Shanghai Cooperation Organization")
    // are not places; inside titles ("Governor of Amur Region") they are.
    let masked = text;
    const names = [...this.organizations.values()].flatMap((e) => e.gold.mentions);
    for (const name of names.sort((a, b) => b.length - a.length)) masked = masked.replaceAll(name, ' '.repeat(name.length));
    const places: GoldPlace[] = [];
    for (const name of new Set([...masked.matchAll(placePattern)].map((m) => m[1] as string))) {
      const spec = placesByName.get(name);
      if (spec) places.push({ name, kind: spec.kind, country: spec.country });
    }
    return {
      ...meta,
      people: [...this.people.values()].map((e) => e.gold),
      organizations: [...this.organizations.values()].map((e) => e.gold),
      places,
      meetings: this.meetings,
    };
  }

  private entry(spec: PersonSpec): PersonEntry {
    let entry = this.people.get(spec.name);
    if (!entry) {
      // Most outlets use the usual spelling; some use another transliteration throughout.
      const spelling = spec.spellings.length && this.random.chance(0.3) ? this.random.pick(spec.spellings) : spec.name;
      // A Chinese family name comes first, a Russian one last.
      const words = spelling.split(' ');
      const surname = (spec.country === 'China' ? words[0] : words[words.length - 1]) ?? spelling;
      entry = {
        gold: { name: spelling, mentions: [], country: spec.country, roles: [] }, spec, spelling, surname, introduced: false,
      };
      this.people.set(spec.name, entry);
    }
    return entry;
  }

  private orgEntry(spec: OrgSpec) {
    let entry = this.organizations.get(spec.name);
    if (!entry) {
      entry = { gold: { name: spec.name, mentions: [], country: spec.country }, defined: false };
      this.organizations.set(spec.name, entry);
    }
    return entry;
  }
}
