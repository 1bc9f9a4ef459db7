// A meeting as a list item: its date (to the precision known), status, summary, place,
// participants and the sentences that report it. Shared by entity pages, the network's edge
// panel and the timeline.
import { h } from '../dom.ts';
import { entityHref, href } from '../router.ts';

interface Named { id: string; name: string }

export interface MeetingItem {
  id: string;
  dateText?: string | null;
  status: string;
  summary: string;
  location?: Named | null;
  participants?: { edges: Array<{ node: Named }> };
  sources?: { edges: Array<{ node: { article: { slug: string; title?: string | null; source?: string | null }; sentence: { text: string } } }> };
}

export function meetingItem(meeting: MeetingItem): HTMLLIElement {
  const participants = meeting.participants?.edges.map((e) => e.node) ?? [];
  const sources = meeting.sources?.edges.map((e) => e.node) ?? [];
  return h('li', { class: 'meeting', 'data-meeting': meeting.id },
    h('div', { class: 'meeting-head' },
      h('span', { class: 'date' }, meeting.dateText ?? 'undated'),
      meeting.status === 'SCHEDULED' ? h('span', { class: 'badge' }, 'scheduled') : null,
      meeting.location ? h('a', { href: entityHref('place', meeting.location.id), class: 'place-link' }, meeting.location.name) : null),
    h('p', { class: 'summary' }, meeting.summary),
    participants.length
      ? h('p', { class: 'participants' }, 'With ', participants.flatMap((p, i) => [i ? ', ' : '', h('a', { href: entityHref('person', p.id) }, p.name)]))
      : null,
    sources.map((source) =>
      h('figure', { class: 'evidence' },
        h('blockquote', {}, source.sentence.text),
        h('figcaption', {}, h('a', { href: href(['article', source.article.slug]) }, source.article.title ?? source.article.slug),
          source.article.source ? ` · ${source.article.source}` : ''))));
}

export function meetingList(meetings: MeetingItem[], empty = 'No meetings.'): HTMLElement {
  return meetings.length ? h('ol', { class: 'meetings' }, meetings.map(meetingItem)) : h('p', { class: 'muted' }, empty);
}
