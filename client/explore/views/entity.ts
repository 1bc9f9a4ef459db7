// Entity pages: a person, organization or place with its names, roles (each with the sentence
// that states it), counts, and links to its meetings, articles, network and timeline.
import { execute } from '../api.ts';
import { h, plural, replace } from '../dom.ts';
import { ExploreOrganization, ExplorePerson, ExplorePlace } from '../operations.ts';
import { entityHref, href, type Route } from '../router.ts';
import type { Shown } from '../view.ts';
import { meetingList } from './meetings.ts';

interface Named { id: string; name: string }
type Connection<T> = { totalCount: number; edges: Array<{ node: T }> };
const nodes = <T>(connection: Connection<T>): T[] => connection.edges.map((e) => e.node);

function section(title: string, count: number | null, ...content: Array<HTMLElement | null>): HTMLElement {
  return h('section', { class: 'panel', 'aria-label': title },
    h('h2', {}, title, count === null ? '' : h('span', { class: 'count' }, ` ${count.toLocaleString('en')}`)), content);
}

function links(kind: string, items: Named[]): HTMLElement {
  return h('ul', { class: 'chips' }, items.map((item) => h('li', {}, h('a', { href: entityHref(kind, item.id) }, item.name))));
}

function articleList(articles: Connection<{ slug: string; title?: string | null; publishedOn?: string | null; source?: string | null }>) {
  return h('ul', { class: 'articles' }, nodes(articles).map((a) =>
    h('li', {}, h('a', { href: href(['article', a.slug]) }, a.title ?? a.slug),
      h('span', { class: 'muted' }, ` ${[a.source, a.publishedOn].filter(Boolean).join(', ')}`))));
}

function header(kind: string, name: string, facts: Array<[string, HTMLElement | string | null | undefined]>, actions: HTMLElement[]) {
  return [
    h('p', { class: `kind kind-${kind}` }, kind),
    h('h1', { tabindex: '-1' }, name),
    h('dl', { class: 'facts' }, facts.filter(([, value]) => value).map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])),
    h('p', { class: 'actions' }, actions),
  ];
}

const aliasText = (aliases: Connection<{ name: string }>, name: string) =>
  nodes(aliases).map((a) => a.name).filter((alias) => alias !== name).join(' · ') || null;

export async function renderEntity(main: HTMLElement, route: Route): Promise<Shown> {
  const [kind = '', id = ''] = route.path;
  if (kind === 'person') {
    const { node } = await execute(ExplorePerson, { id });
    if (node?.__typename !== 'Person') throw new Error('There is no such person.');
    replace(main,
      header('person', node.name, [
        ['Country', node.country ? h('a', { href: entityHref('place', node.country.id) }, node.country.name) : null],
        ['Also known as', aliasText(node.aliases, node.name)],
        ['Counts', `${plural(node.meetings.totalCount, 'meeting')} · met ${plural(node.metWith.totalCount, 'person', 'people')} · ${plural(node.mentions.totalCount, 'mention')} in ${plural(node.articles.totalCount, 'article')}`],
      ], [
        h('a', { class: 'button', href: href(['network', node.id]) }, 'Network of who met whom'),
        h('a', { class: 'button', href: href(['timeline'], { participant: node.name }) }, 'Meetings on the timeline'),
      ]),
      h('div', { class: 'columns' },
        section('Roles', node.roles.totalCount,
          h('ul', { class: 'roles' }, nodes(node.roles).map((role) =>
            h('li', {},
              h('strong', {}, role.title),
              role.organization ? [', ', h('a', { href: entityHref('organization', role.organization.id) }, role.organization.name)] : null,
              role.country ? [' (', h('a', { href: entityHref('place', role.country.id) }, role.country.name), ')'] : null,
              h('figure', { class: 'evidence' }, h('blockquote', {}, role.sentence.text),
                h('figcaption', {}, h('a', { href: href(['article', role.article.slug]) }, role.article.title ?? role.article.slug))))))),
        section('Organizations', node.organizations.totalCount, links('organization', nodes(node.organizations))),
        section('Recent meetings', node.meetings.totalCount, meetingList(nodes(node.meetings))),
        section('Articles', node.articles.totalCount, articleList(node.articles))));
    return { title: node.name };
  }
  if (kind === 'organization') {
    const { node } = await execute(ExploreOrganization, { id });
    if (node?.__typename !== 'Organization') throw new Error('There is no such organization.');
    replace(main,
      header('organization', node.name, [
        ['Acronym', node.acronym],
        ['Country', node.country ? h('a', { href: entityHref('place', node.country.id) }, node.country.name) : null],
        ['Part of', node.parent ? h('a', { href: entityHref('organization', node.parent.id) }, node.parent.name) : null],
        ['Also known as', aliasText(node.aliases, node.name)],
        ['Counts', `${plural(node.meetings.totalCount, 'meeting')} · ${plural(node.people.totalCount, 'person', 'people')} with a title · ${plural(node.articles.totalCount, 'article')}`],
      ], [h('a', { class: 'button', href: href(['timeline'], { organization: node.name }) }, 'Meetings on the timeline')]),
      h('div', { class: 'columns' },
        section('People with a title here', node.people.totalCount, links('person', nodes(node.people))),
        node.children.totalCount ? section('Organs', node.children.totalCount, links('organization', nodes(node.children))) : null,
        section('Recent meetings', node.meetings.totalCount, meetingList(nodes(node.meetings))),
        section('Articles', node.articles.totalCount, articleList(node.articles))));
    return { title: node.name };
  }
  if (kind === 'place') {
    const { node } = await execute(ExplorePlace, { id });
    if (node?.__typename !== 'Place') throw new Error('There is no such place.');
    replace(main,
      header('place', node.name, [
        ['Kind', node.kind.toLowerCase()],
        ['Country', node.country && node.country.id !== node.id ? h('a', { href: entityHref('place', node.country.id) }, node.country.name) : null],
        ['In', node.parent ? h('a', { href: entityHref('place', node.parent.id) }, node.parent.name) : null],
        ['Also known as', aliasText(node.aliases, node.name)],
        ['Counts', `${plural(node.meetings.totalCount, 'meeting')} · ${plural(node.articles.totalCount, 'article')}`],
      ], [h('a', { class: 'button', href: href(['timeline'], { place: node.name }) }, 'Meetings on the timeline')]),
      h('div', { class: 'columns' },
        node.children.totalCount ? section('Places inside', node.children.totalCount, links('place', nodes(node.children))) : null,
        section('Recent meetings', node.meetings.totalCount, meetingList(nodes(node.meetings))),
        section('Articles', node.articles.totalCount, articleList(node.articles))));
    return { title: node.name };
  }
  throw new Error(`Unknown kind of page: ${kind}`);
}
