// An article as stored: its header fields and its body with every mention highlighted by kind
// and linked to its entity, and the sentences that report meetings marked as evidence.
import { execute } from '../api.ts';
import { h, plural, replace } from '../dom.ts';
import type { ExploreArticleMentionsQuery, ExploreArticleQuery } from '../../gql/graphql.ts';
import { ExploreArticle, ExploreArticleMentions } from '../operations.ts';
import { entityHref, type Route } from '../router.ts';
import type { Shown } from '../view.ts';

type Article = NonNullable<ExploreArticleQuery['article']>;
type Mention = NonNullable<ExploreArticleMentionsQuery['article']>['mentions']['edges'][number]['node'];

/** Most mention pages read for one article (100 each): the body is at most 2 MB. */
const maxMentionPages = 50;

async function loadArticle(slug: string): Promise<{ article: Article; mentions: Mention[] }> {
  const [{ article }, mentions] = await Promise.all([execute(ExploreArticle, { slug }), loadMentions(slug)]);
  if (!article) throw new Error(`There is no article “${slug}”.`);
  return { article, mentions };
}

async function loadMentions(slug: string): Promise<Mention[]> {
  const mentions: Mention[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < maxMentionPages; pages += 1) {
    const { article }: ExploreArticleMentionsQuery = await execute(ExploreArticleMentions, { slug, after });
    if (!article) break;
    mentions.push(...article.mentions.edges.map((e) => e.node));
    if (!article.mentions.pageInfo.hasNextPage) break;
    after = article.mentions.pageInfo.endCursor ?? null;
  }
  return mentions;
}

interface Evidence { start: number; end: number; meetingIds: string[] }

/** Evidence ranges in reading order, overlapping ones joined and widened to whole mentions. */
function evidenceRanges(article: Article, mentions: Mention[]): Evidence[] {
  const ranges = article.meetings.edges.flatMap(({ node }) =>
    node.sources.edges.filter((s) => s.node.article.slug === article.slug).map((s) => ({ start: s.node.start, end: s.node.end, meetingIds: [node.id] })));
  ranges.sort((a, b) => a.start - b.start);
  const joined: Evidence[] = [];
  for (const range of ranges) {
    for (const m of mentions) {
      if (m.start < range.start && m.end > range.start) range.start = m.start;
      if (m.start < range.end && m.end > range.end) range.end = m.end;
    }
    const last = joined[joined.length - 1];
    if (last && range.start <= last.end) {
      last.end = Math.max(last.end, range.end);
      last.meetingIds.push(...range.meetingIds.filter((id) => !last.meetingIds.includes(id)));
    } else {
      joined.push({ ...range, meetingIds: [...range.meetingIds] });
    }
  }
  return joined;
}

function mentionTarget(m: Mention): { kind: string; id: string; name: string } | null {
  if (m.person) return { kind: 'person', id: m.person.id, name: m.person.name };
  if (m.organization) return { kind: 'organization', id: m.organization.id, name: m.organization.name };
  if (m.place) return { kind: 'place', id: m.place.id, name: m.place.name };
  return null;
}

/** The body from `from` to `to` as text nodes and mention links (mentions in reading order, no overlaps). */
function fill(container: Element, body: string, mentions: Mention[], from: number, to: number): void {
  let at = from;
  for (const m of mentions) {
    if (m.start < at || m.end > to) continue;
    if (m.start > at) container.append(body.slice(at, m.start));
    const target = mentionTarget(m);
    const kind = m.entityType.toLowerCase();
    container.append(target
      ? h('a', {
        href: entityHref(target.kind, target.id), class: `mention mention-${kind}`, 'data-start': m.start, 'data-end': m.end,
        title: `${kind}: ${target.name}`,
      }, body.slice(m.start, m.end))
      : h('span', { class: `mention mention-${kind}`, 'data-start': m.start, 'data-end': m.end }, body.slice(m.start, m.end)));
    at = m.end;
  }
  if (at < to) container.append(body.slice(at, to));
}

function bodyView(article: Article, mentions: Mention[]): HTMLElement {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const evidence = evidenceRanges(article, sorted);
  const container = h('div', { class: 'article-body', 'aria-label': 'Article text' });
  let at = 0;
  for (const range of evidence) {
    fill(container, article.body, sorted, at, range.start);
    const mark = h('mark', { class: 'evidence-mark', id: `evidence-${range.start}`, 'data-meetings': range.meetingIds.join(' ') });
    fill(mark, article.body, sorted, range.start, range.end);
    container.append(mark);
    at = range.end;
  }
  fill(container, article.body, sorted, at, article.body.length);
  return container;
}

export async function renderArticle(main: HTMLElement, route: Route): Promise<Shown> {
  const slug = route.path[1] ?? '';
  const { article, mentions } = await loadArticle(slug);
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.entityType, (counts.get(m.entityType) ?? 0) + 1);
  const body = bodyView(article, mentions);
  replace(main,
    h('p', { class: 'kind' }, 'article'),
    h('h1', { tabindex: '-1' }, article.title ?? article.slug),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Source'), h('dd', {}, article.source ?? 'unknown'),
      h('dt', {}, 'Dateline'), h('dd', {}, article.datelinePlace
        ? h('a', { href: entityHref('place', article.datelinePlace.id) }, article.dateline ?? article.datelinePlace.name)
        : (article.dateline ?? 'none')),
      h('dt', {}, 'Published'), h('dd', {}, article.publishedOn ?? 'unknown')),
    h('ul', { class: 'legend', 'aria-label': 'Highlights' },
      h('li', { class: 'legend-person' }, plural(counts.get('PERSON') ?? 0, 'person mention')),
      h('li', { class: 'legend-organization' }, plural(counts.get('ORGANIZATION') ?? 0, 'organization mention')),
      h('li', { class: 'legend-place' }, plural(counts.get('PLACE') ?? 0, 'place mention')),
      h('li', { class: 'legend-evidence' }, 'meeting evidence')),
    h('div', { class: 'article-layout' },
      h('article', {}, body),
      h('aside', { class: 'panel', 'aria-labelledby': 'reported-heading' },
        h('h2', { id: 'reported-heading' }, `Meetings reported (${article.meetings.totalCount})`),
        h('ol', { class: 'meetings' }, article.meetings.edges.map(({ node }) => {
          const source = node.sources.edges.find((s) => s.node.article.slug === article.slug)?.node;
          return h('li', { class: 'meeting' },
            h('div', { class: 'meeting-head' }, h('span', { class: 'date' }, node.dateText ?? 'undated'),
              node.status === 'SCHEDULED' ? h('span', { class: 'badge' }, 'scheduled') : null),
            h('p', { class: 'summary' }, node.summary),
            source ? h('button', {
              type: 'button', class: 'link-button',
              onclick: () => {
                const mark = [...body.querySelectorAll<HTMLElement>('mark.evidence-mark')].find((m) => m.dataset.meetings?.split(' ').includes(node.id));
                mark?.scrollIntoView({ block: 'center' });
                mark?.classList.add('flash');
                setTimeout(() => mark?.classList.remove('flash'), 1500);
              },
            }, 'Show in the text') : null);
        })))));
  return { title: article.title ?? article.slug };
}
