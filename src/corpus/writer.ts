// Writes one article reporting a meeting, in one of the house styles of the seed articles, and
// its gold annotation alongside.
import {
  apDate, daysBetween, longDate, monthName, ordinal, ordinalDate, paddedLongDate, shortDate, weekday, year, yearMonth,
} from './calendar.ts';
import type { MeetingEvent, Report } from './events.ts';
import { GoldRecorder, type GoldArticle, type GoldMeeting } from './gold.ts';
import { actions, capitalize, clauses, closingLines, topics } from './phrases.ts';
import { commentators, demonym, orgs, people, type OrgSpec, type PersonSpec, type PlaceSpec } from './pools.ts';
import type { Random } from './random.ts';
import type { SyntheticPeople } from './synthetic-people.ts';

type Style =
  | 'xinhuaDated' | 'xinhuaLine' | 'headlineDate' | 'connect' | 'titlePrefix' | 'tass' | 'anadolu' | 'prensa' | 'timesNews';

const styleWeights: Record<Style, number> = {
  xinhuaDated: 20, xinhuaLine: 20, headlineDate: 10, connect: 8, titlePrefix: 6, tass: 20, anadolu: 5, prensa: 5, timesNews: 6,
};
const styles = Object.keys(styleWeights) as Style[];
const xinhuaStyles = new Set<Style>(['xinhuaDated', 'xinhuaLine', 'headlineDate']);

export interface GeneratedArticle {
  fileName: string;
  text: string;
  gold: GoldArticle;
}

export interface WriteContext {
  random: Random;
  synthetic: SyntheticPeople;
  /** The latest earlier meeting of the same two people, if any. */
  previousMeeting: MeetingEvent | null;
}

interface Draft {
  g: GoldRecorder;
  r: Random;
  report: Report;
  style: Style;
}

const multilateral = [orgs.sco, orgs.brics, orgs.eaeu, orgs.un];

function eventName(event: MeetingEvent, d: Draft, form: 'full' | 'define'): string {
  if (event.session) {
    const { mechanism, ordinal: n } = event.session;
    const org = mechanism.org ? ` ${d.g.org(mechanism.org, 'full')}` : '';
    return `${ordinal(n)} ${mechanism.label}${org}`;
  }
  const org = event.summitOrg as OrgSpec;
  return `${org.acronym ? d.g.org(org, form === 'define' ? 'define' : 'acronym') : d.g.org(org, 'full')} summit`;
}

/** "on Tuesday", "on July 22", "on July 22, 2024": how the lead dates the meeting, and the gold date. */
function when(d: Draft): string {
  const { event, publishedOn, status } = d.report;
  const ahead = daysBetween(publishedOn, event.date);
  const dateWithYear = `${longDate(event.date)}, ${year(event.date)}`;
  if (d.style === 'anadolu') return `on ${dateWithYear}`; // no publication date to resolve a weekday against
  const near = status === 'held' ? ahead <= -1 && ahead >= -6 : ahead >= 1 && ahead <= 6;
  if (near && d.r.chance(0.7)) return `on ${weekday(event.date)}`;
  return year(event.date) === year(publishedOn) ? `on ${longDate(event.date)}` : `on ${dateWithYear}`;
}

function at(event: MeetingEvent): string {
  return event.venue ? ` at the ${event.venue.name}` : '';
}

/** The lead sentence (without dateline) and the meetings it reports. */
function lead(d: Draft, whenFirst: boolean): { sentence: string; meetings: GoldMeeting[] } {
  const { event, status } = d.report;
  const { g, r } = d;
  const whenText = when(d);
  const place = `${at(event)} in ${event.city.name}`;
  const finish = (body: string) => (whenFirst ? `${capitalize(whenText)}, ${body}.` : `${body} ${whenText}.`);
  const a = () => g.person(event.host, r.chance(0.3) && event.host.post ? 'post' : 'titled');
  const b = () => g.person(event.guest, 'titled');
  const pair = (orgs: string[], summary: string): GoldMeeting => ({
    participants: [g.nameOf(event.host), g.nameOf(event.guest)], organizations: orgs, date: event.date,
    location: event.city.name, venue: event.venue?.name ?? null, status, summary,
  });
  const held = status === 'held';
  switch (event.kind) {
    case 'talks':
    case 'met': {
      const verb = event.kind === 'talks' ? (held ? 'held talks with' : 'will hold talks with') : held ? 'met with' : 'will meet';
      const sentence = finish(`${a()} ${verb} ${held && r.chance(0.4) ? 'visiting ' : ''}${b()}${place}`);
      return { sentence, meetings: [pair([], `${g.nameOf(event.host)} ${verb} ${g.nameOf(event.guest)} in ${event.city.name}.`)] };
    }
    case 'session': {
      const { mechanism } = event.session as NonNullable<MeetingEvent['session']>;
      const verb = mechanism.org ? (held ? 'co-chaired' : 'will co-chair') : held ? 'held' : 'will hold';
      const sentence = finish(`${a()} and ${b()} ${verb} the ${eventName(event, d, 'full')} in ${event.city.name}`);
      const summary = `${g.nameOf(event.host)} and ${g.nameOf(event.guest)} ${verb} the ${eventName(event, d, 'full')}.`;
      return { sentence, meetings: [pair(mechanism.org ? [mechanism.org.name] : [], summary)] };
    }
    case 'summit':
    case 'sideline': {
      const org = event.summitOrg as OrgSpec;
      const summitMeeting: GoldMeeting = {
        participants: [g.nameOf(event.host)], organizations: [org.name], date: event.date, location: event.city.name,
        venue: null, status, summary: `The ${org.name} summit in ${event.city.name}.`,
      };
      if (event.kind === 'summit') {
        const verb = held ? 'attended' : 'will attend';
        const sentence = finish(`${a()} and ${b()} ${verb} the ${eventName(event, d, 'define')} in ${event.city.name}`);
        summitMeeting.participants.push(g.nameOf(event.guest));
        return { sentence, meetings: [summitMeeting] };
      }
      const verb = held ? 'met with' : 'will meet';
      const sentence = finish(`${a()} ${verb} ${b()} on the sidelines of the ${eventName(event, d, 'define')} in ${event.city.name}`);
      return {
        sentence,
        meetings: [pair([], `${g.nameOf(event.host)} ${verb} ${g.nameOf(event.guest)} on the sidelines of the summit.`), summitMeeting],
      };
    }
  }
}

function headline(d: Draft): string {
  const { event, status } = d.report;
  const { g, r } = d;
  const held = status === 'held';
  const titled = (p: PersonSpec) => (p.ownTitle ? g.surname(p) : `${demonym[p.country]} ${p.title} ${g.surname(p)}`);
  if (event.kind === 'session') return `China, Russia ${held ? 'hold' : 'to hold'} ${eventName(event, d, 'full')}`;
  if (event.kind === 'summit') return `${g.surname(event.host)}, ${g.surname(event.guest)} ${held ? 'attend' : 'to attend'} ${eventName(event, d, 'full')} in ${event.city.name}`;
  if (event.kind === 'sideline') return `${g.surname(event.host)} ${held ? 'meets' : 'to meet'} ${g.surname(event.guest)} on sidelines of ${eventName(event, d, 'full')}`;
  if (!held) return `${g.surname(event.host)} to hold talks with ${titled(event.guest)} in ${event.city.name}`;
  return r.chance(0.5)
    ? `${g.surname(event.host)} meets ${titled(event.guest)}`
    : `${g.surname(event.host)}, ${g.surname(event.guest)} hold talks on ${r.pick(topics)}`;
}

function statement(d: Draft, speaker: PersonSpec): string {
  const { g, r } = d;
  const who = () => g.person(speaker, 'short');
  const said = r.pick(['said', 'noted', 'stressed', 'added']);
  switch (r.int(5)) {
    case 0: return `${capitalize(who())} ${said} that ${r.pick(clauses)}.`;
    case 1: return `Noting that ${r.pick(clauses)}, ${who()} said ${r.pick(clauses)}.`;
    case 2: return `"${capitalize(r.pick(clauses))}," ${who()} ${said}.`;
    case 3: {
      const org = r.pick(multilateral);
      return `${capitalize(who())} said the two sides should ${r.pick(actions)} within the framework of the ${g.org(org, 'acronym')}.`;
    }
    default: {
      const leader = speaker.country === 'China' ? people.xi : people.putin;
      if (leader === speaker) return `${capitalize(who())} said that ${r.pick(clauses)}.`;
      return `${capitalize(who())} conveyed the greetings of ${g.person(leader, 'titled')}, and said ${r.pick(clauses)}.`;
    }
  }
}

function background(d: Draft, previous: MeetingEvent): { paragraph: string; meeting: GoldMeeting } {
  const { g } = d;
  const { event, publishedOn } = d.report;
  const month = monthName(previous.date) + (year(previous.date) === year(publishedOn) ? '' : ` ${year(previous.date)}`);
  const paragraph = `${capitalize(g.person(event.host, 'short'))} and ${g.person(event.guest, 'short')} last met in ${previous.city.name} in ${month}.`;
  return {
    paragraph,
    meeting: {
      participants: [g.nameOf(event.host), g.nameOf(event.guest)], organizations: [], date: yearMonth(previous.date),
      location: previous.city.name, venue: null, status: 'held',
      summary: `${g.nameOf(event.host)} and ${g.nameOf(event.guest)} met earlier in ${previous.city.name}.`,
    },
  };
}

function expertQuote(d: Draft, synthetic: SyntheticPeople): string {
  const expert = d.r.pick(synthetic.experts[d.r.chance(0.5) ? 'China' : 'Russia']);
  return `"${capitalize(d.r.pick(clauses))}," said ${d.g.person(expert, 'post')}.`;
}

function commentary(d: Draft): string {
  return `${d.g.person(d.r.pick(commentators), 'titled')} told reporters that ${d.r.pick(clauses)}.`;
}

function cityPhrase(city: PlaceSpec): string {
  if (city.name === 'Beijing') return 'Beijing, capital of China';
  if (city.region) return `${city.name}, ${city.region}, ${city.country}`;
  return `${city.name}, ${city.country}`;
}

/** Photo caption as Xinhua ("... (Xinhua/Liu Weibing)") or China Daily ("... LI XIANG/XINHUA") print it. */
function caption(d: Draft, synthetic: SyntheticPeople, house: 'xinhua' | 'chinaDaily'): string | null {
  const { event } = d.report;
  if (d.report.status !== 'held' || event.kind === 'session' || event.kind === 'summit') return null;
  const { g, r } = d;
  const photographer = r.pick(synthetic.photographers);
  const role = { title: 'photographer', organization: orgs.xinhua.name, country: null };
  if (house === 'xinhua') {
    const host = event.host.post ? `${g.person(event.host, 'post')},` : g.person(event.host, 'titled');
    return `${host} meets with ${g.person(event.guest, 'titled')} in ${cityPhrase(event.city)}, ${longDate(event.date)}, ${year(event.date)}. (${g.orgAs(orgs.xinhua, 'Xinhua')}/${g.staff(photographer, photographer, role)})`;
  }
  const day = daysBetween(event.date, d.report.publishedOn) <= 6 ? weekday(event.date) : longDate(event.date);
  return `${g.person(event.host, 'titled')} shakes hands with ${g.person(event.guest, 'titled')} during their meeting${at(event)} in ${event.city.name} on ${day}. ${g.staff(photographer, photographer.toUpperCase(), role)}/${g.orgAs(orgs.xinhua, 'XINHUA')}`;
}

function footer(d: Draft, synthetic: SyntheticPeople): string {
  const editors = d.r.sample(synthetic.webEditors, 2);
  const role = { title: 'web editor', organization: null, country: null };
  return `(Web editor: ${editors.map((e) => d.g.staff(e, e, role)).join(', ')})`;
}

function clock(r: Random, seconds: boolean): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(r.between(6, 23))}:${pad(r.int(60))}${seconds ? `:${pad(r.int(60))}` : ''}`;
}

function slugOf(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ').slice(0, 6).join('_');
}

export function writeArticle(index: number, report: Report, ctx: WriteContext): GeneratedArticle {
  const { random: r, synthetic } = ctx;
  const g = new GoldRecorder(r);
  const style = r.weighted(styles, (s) => styleWeights[s]);
  const d: Draft = { g, r, report, style };
  const { event, publishedOn, status } = report;
  const city = event.city;
  // Datelines carry the day the reporter filed: the meeting day when it was reported at once.
  const filed = status === 'held' && daysBetween(event.date, publishedOn) <= 1 ? event.date : publishedOn;

  const first = lead(d, style === 'timesNews');
  const meetings = [...first.meetings];
  const title = style === 'tass' ? null : headline(d);

  const paragraphs: string[] = [];
  const speakers = [event.host, event.guest];
  for (let i = 0, n = r.between(2, 4); i < n; i++) {
    paragraphs.push([statement(d, speakers[i % 2] as PersonSpec), statement(d, speakers[i % 2] as PersonSpec)].join(' '));
  }
  if (ctx.previousMeeting && r.chance(0.7)) {
    const { paragraph, meeting } = background(d, ctx.previousMeeting);
    paragraphs.push(paragraph);
    meetings.push(meeting);
  }
  if (r.chance(0.5)) paragraphs.push(expertQuote(d, synthetic));
  if (r.chance(0.3)) paragraphs.push(commentary(d));
  paragraphs.push(r.pick(closingLines)(r.between(3, 16)));

  const CITY = city.name.toUpperCase();
  const xinhuaDateline = () => `${CITY}, ${apDate(filed)} (${g.orgAs(orgs.xinhua, 'Xinhua')}) -- `;
  const xinhuaLine = () => `${g.orgAs(orgs.xinhua, 'Xinhua')}) ${clock(r, false)}, ${paddedLongDate(publishedOn)}`;
  const blocks: string[] = [];
  let meta: Pick<GoldArticle, 'title' | 'publishedOn' | 'source' | 'dateline'> = {
    title, publishedOn, source: null, dateline: city.name,
  };
  let separator = '\n\n';
  switch (style) {
    case 'xinhuaDated': {
      blocks.push(` date ${publishedOn} ${title}`);
      if (r.chance(0.5)) blocks.push(xinhuaLine());
      const photo = r.chance(0.5) ? caption(d, synthetic, 'xinhua') : null;
      if (photo) blocks.push(photo);
      blocks.push(xinhuaDateline() + first.sentence, ...paragraphs);
      meta.source = 'Xinhua';
      break;
    }
    case 'xinhuaLine': {
      blocks.push(title as string, xinhuaLine());
      const photo = r.chance(0.7) ? caption(d, synthetic, 'xinhua') : null;
      if (photo) blocks.push(photo);
      blocks.push(xinhuaDateline() + first.sentence, ...paragraphs);
      meta.source = 'Xinhua';
      break;
    }
    case 'headlineDate':
      blocks.push(title as string, paddedLongDate(publishedOn), xinhuaDateline() + first.sentence, ...paragraphs);
      meta.source = 'Xinhua';
      break;
    case 'connect': {
      blocks.push(` date ${publishedOn} Connect with us`);
      const photo = caption(d, synthetic, 'chinaDaily');
      if (photo) blocks.push(photo);
      blocks.push(title as string, `${CITY}, ${city.country}, ${shortDate(filed)} — ${first.sentence}`, ...paragraphs);
      break;
    }
    case 'titlePrefix':
      blocks.push(` date ${publishedOn} Title: ${title}`, `${city.name}, ${ordinalDate(filed)} – ${first.sentence}`, ...paragraphs);
      break;
    case 'tass':
      blocks.push(` date ${publishedOn} ${CITY}, ${longDate(publishedOn)}. /${g.orgAs(orgs.tass, 'TASS')}/. ${first.sentence}`, ...paragraphs);
      meta.source = 'TASS';
      break;
    case 'anadolu': {
      const reporter = r.pick(synthetic.reporters);
      separator = '\n';
      blocks.push(title as string, `Talks focus on ${r.pick(topics)}`, `By ${g.staff(reporter, reporter, null)}`,
        `${CITY} (${g.orgAs(orgs.anadolu, 'AA')}) - ${first.sentence}`, ...paragraphs);
      meta = { ...meta, publishedOn: null, source: 'AA' };
      break;
    }
    case 'prensa':
      blocks.push(` date ${publishedOn} ${title}`,
        `${city.name}, ${city.country}, ${shortDate(filed)} (${g.orgAs(orgs.prensaLatina, 'Prensa Latina')}) ${first.sentence}`, ...paragraphs);
      meta.source = 'Prensa Latina';
      break;
    case 'timesNews': {
      const stamp = `${publishedOn} ${clock(r, true)}`;
      blocks.push(`${title} – ${stamp}`, 'by times news cr', stamp, first.sentence, ...paragraphs);
      meta.dateline = null;
      break;
    }
  }
  if (xinhuaStyles.has(style) && r.chance(0.6)) blocks.push(footer(d, synthetic));
  for (const meeting of meetings) g.meeting(meeting);

  const slug = slugOf(title ?? `${g.nameOf(event.host)} ${g.nameOf(event.guest)} ${city.name}`);
  const fileName = `g${String(index).padStart(6, '0')}_${slug}.txt`;
  const text = `${blocks.join(separator)}\n`;
  return { fileName, text, gold: g.build(text, { file: fileName, ...meta }) };
}
