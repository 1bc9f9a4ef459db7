// The network of who met whom around a person, drawn with Cytoscape.js: people as nodes in
// rings by hops from the centre, shared meetings as edges as thick as their count. Clicking a
// person opens their page, clicking an edge lists the meetings with their evidence, and a
// right-click (or the list view's button) expands a person by one hop. The list view shows
// the same people and pairs as tables, for keyboard and screen-reader use.
import cytoscape from 'cytoscape';
import { execute } from '../api.ts';
import { h, plural, replace } from '../dom.ts';
import type { ExploreNetworkQuery, NetworkFilter } from '../../gql/graphql.ts';
import { ExploreEdgeMeetings, ExploreNetwork } from '../operations.ts';
import { entityHref, href, navigate, type Route } from '../router.ts';
import type { Shown } from '../view.ts';
import { meetingItem } from './meetings.ts';

type Fetched = NonNullable<ExploreNetworkQuery['network']>;

interface Person { id: string; name: string; country: string | null; depth: number }
interface Pair { source: string; target: string; meetingCount: number }
interface Organization { id: string; name: string; meetingCount: number }
interface Affiliation { person: string; organization: string; meetingCount: number }
interface Graph {
  center: Person;
  people: Map<string, Person>;
  pairs: Map<string, Pair>;
  organizations: Map<string, Organization>;
  affiliations: Affiliation[];
  truncated: boolean;
}

/** People an expanded person adds, besides those already shown. */
const expansionSize = 21;
/** Organizations shown when they are asked for. */
const organizationCount = 12;

const pairKey = (a: string, b: string) => (a < b ? `${a},${b}` : `${b},${a}`);

/** The network around the centre, with each expanded person's own neighbours merged in. */
async function loadGraph(centerId: string, depth: number, expanded: string[], filter: NetworkFilter, withOrganizations: boolean): Promise<Graph> {
  const fetches = [centerId, ...expanded].map((around, i) =>
    execute(ExploreNetwork, {
      around, filter, depth: i === 0 ? depth : 1, limit: i === 0 ? 51 : expansionSize,
      organizations: i === 0 && withOrganizations ? organizationCount : 0,
    }).then((r) => r.network));
  const [center, ...more] = await Promise.all(fetches);
  if (!center) throw new Error('There is no such person.');
  const people = new Map<string, Person>();
  const pairs = new Map<string, Pair>();
  const merge = (network: Fetched | null) => {
    if (!network) return;
    for (const { person } of network.nodes) {
      if (!people.has(person.id)) {
        people.set(person.id, { id: person.id, name: person.name, country: person.country?.name ?? null, depth: Infinity });
      }
    }
    for (const edge of network.edges) {
      pairs.set(pairKey(edge.source.id, edge.target.id), { source: edge.source.id, target: edge.target.id, meetingCount: edge.meetingCount });
    }
  };
  merge(center);
  more.forEach(merge);
  // Hops from the centre over everything shown, so expanded people's neighbours ring outside.
  const neighbours = new Map<string, string[]>();
  for (const { source, target } of pairs.values()) {
    neighbours.set(source, [...(neighbours.get(source) ?? []), target]);
    neighbours.set(target, [...(neighbours.get(target) ?? []), source]);
  }
  const centerPerson = people.get(center.center.id);
  if (!centerPerson) throw new Error('The network came back without its centre.');
  centerPerson.depth = 0;
  const queue = [centerPerson.id];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const depth = people.get(id)?.depth ?? 0;
    for (const next of neighbours.get(id) ?? []) {
      const person = people.get(next);
      if (person && person.depth > depth + 1) {
        person.depth = depth + 1;
        queue.push(next);
      }
    }
  }
  const organizations = new Map(center.organizations.map(({ organization, meetingCount }) =>
    [organization.id, { id: organization.id, name: organization.name, meetingCount }]));
  const affiliations = center.affiliations.map((a) => ({ person: a.person.id, organization: a.organization.id, meetingCount: a.meetingCount }));
  return { center: centerPerson, people, pairs, organizations, affiliations, truncated: center.truncated };
}

/** A person's meetings with an organization: the timeline, narrowed to both. */
function affiliationHref(graph: Graph, personId: string, organizationId: string): string {
  return href(['timeline'], { participant: graph.people.get(personId)?.name, organization: graph.organizations.get(organizationId)?.name });
}

const countryColours: Record<string, string> = { China: '#c8102e', Russia: '#1f5fbf' };
const otherColour = '#5b6570';

function draw(container: HTMLElement, graph: Graph, { withParams, withExpanded }: Links, onReady: () => void) {
  const maxWeight = Math.max(1, ...[...graph.pairs.values()].map((p) => p.meetingCount));
  const weightWithCenter = new Map<string, number>();
  for (const pair of graph.pairs.values()) {
    if (pair.source === graph.center.id) weightWithCenter.set(pair.target, pair.meetingCount);
    if (pair.target === graph.center.id) weightWithCenter.set(pair.source, pair.meetingCount);
  }
  const maxDepth = Math.max(...[...graph.people.values()].map((p) => (Number.isFinite(p.depth) ? p.depth : 0)));
  const cy = cytoscape({
    container,
    elements: [
      ...[...graph.people.values()].map((person) => ({
        data: {
          id: person.id,
          label: person.name,
          colour: countryColours[person.country ?? ''] ?? otherColour,
          ring: Number.isFinite(person.depth) ? person.depth : maxDepth + 1,
          weight: person.id === graph.center.id ? maxWeight : (weightWithCenter.get(person.id) ?? 0),
        },
        classes: person.id === graph.center.id ? 'person-node center' : 'person-node',
      })),
      ...[...graph.pairs.values()].map((pair) => ({
        data: { id: pairKey(pair.source, pair.target), source: pair.source, target: pair.target, weight: pair.meetingCount },
      })),
      ...[...graph.organizations.values()].map((organization) => ({
        data: { id: organization.id, label: organization.name, ring: maxDepth + 1, weight: organization.meetingCount },
        classes: 'organization',
      })),
      ...graph.affiliations.map((a) => ({
        data: { id: `${a.person}|${a.organization}`, source: a.person, target: a.organization, weight: a.meetingCount },
        classes: 'affiliation',
      })),
    ],
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(colour)',
          label: 'data(label)',
          width: `mapData(weight, 0, ${maxWeight}, 14, 34)`,
          height: `mapData(weight, 0, ${maxWeight}, 14, 34)`,
          'font-size': 11,
          'font-family': 'system-ui, sans-serif',
          color: '#1b1f24',
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.85,
          'text-background-padding': '2px',
          'text-background-shape': 'roundrectangle',
          'border-width': 2,
          'border-color': '#ffffff',
        },
      },
      { selector: 'node.center', style: { width: 44, height: 44, 'font-size': 14, 'font-weight': 'bold', 'border-color': '#1b1f24', 'border-width': 3 } },
      {
        selector: 'edge',
        style: {
          width: `mapData(weight, 1, ${Math.max(maxWeight, 2)}, 1.5, 10)`,
          'line-color': '#8c959f',
          opacity: 0.55,
          'curve-style': 'haystack',
        },
      },
      {
        selector: 'node.organization',
        style: { shape: 'round-rectangle', 'background-color': '#6e40c9', width: 16, height: 16, color: '#4a2a8a', 'font-style': 'italic' },
      },
      { selector: 'edge.affiliation', style: { 'line-style': 'dashed', 'line-color': '#a88be0', width: 1.5, opacity: 0.7 } },
      { selector: 'edge:selected, edge.hover', style: { 'line-color': '#bf8700', opacity: 1 } },
      { selector: 'node.hover', style: { 'border-color': '#bf8700', 'border-width': 4 } },
    ],
    layout: {
      name: 'concentric',
      concentric: (node) => maxDepth + 2 - Number(node.data('ring')),
      levelWidth: () => 1,
      minNodeSpacing: 18,
      animate: false,
      padding: 24,
    },
    minZoom: 0.2,
    maxZoom: 1.4,
    boxSelectionEnabled: false,
  });
  cy.on('tap', 'node', (event) =>
    navigate(entityHref(event.target.hasClass('organization') ? 'organization' : 'person', event.target.id())));
  cy.on('tap', 'edge', (event) => {
    const edge = event.target;
    navigate(edge.hasClass('affiliation')
      ? affiliationHref(graph, edge.data('source'), edge.data('target'))
      : withParams({ edge: pairKey(edge.data('source'), edge.data('target')) }));
  });
  cy.on('cxttap', 'node.person-node', (event) => navigate(withExpanded(event.target.id())));
  cy.on('mouseover', 'node, edge', (event) => {
    event.target.addClass('hover');
    container.style.cursor = 'pointer';
  });
  cy.on('mouseout', 'node, edge', (event) => {
    event.target.removeClass('hover');
    container.style.cursor = '';
  });
  cy.ready(onReady);
  return cy;
}

/** Links to this network with some of its parameters changed. */
function networkLinks({ path, params }: Route) {
  const withParams = (changes: Record<string, string | null>) => href(path, { ...Object.fromEntries(params), ...changes });
  const withExpanded = (id: string) => {
    const expanded = new Set((params.get('expand') ?? '').split(',').filter(Boolean));
    expanded.add(id);
    return withParams({ expand: [...expanded].join(',') });
  };
  return { withParams, withExpanded };
}

type Links = ReturnType<typeof networkLinks>;

function filterForm(route: Route, centerId: string): HTMLFormElement {
  const field = (label: string, input: HTMLElement) => h('label', {}, h('span', {}, label), input);
  const from = h('input', { type: 'date', name: 'from', value: route.params.get('from') ?? '' });
  const to = h('input', { type: 'date', name: 'to', value: route.params.get('to') ?? '' });
  const depth = h('select', { name: 'depth' },
    h('option', { value: '1' }, '1 (people met)'),
    h('option', { value: '2', selected: route.params.get('depth') === '2' }, '2 (and whom they met)'));
  const organizations = h('input', { type: 'checkbox', name: 'orgs', checked: route.params.get('orgs') === '1' });
  const status = h('select', { name: 'status' },
    h('option', { value: '' }, 'held or scheduled'),
    h('option', { value: 'held', selected: route.params.get('status') === 'held' }, 'held'),
    h('option', { value: 'scheduled', selected: route.params.get('status') === 'scheduled' }, 'scheduled'));
  return h('form', {
    class: 'filters', 'aria-label': 'Network filters',
    onsubmit: (event) => {
      event.preventDefault();
      navigate(href(['network', centerId], {
        from: from.value, to: to.value, status: status.value, depth: depth.value === '2' ? '2' : null,
        orgs: organizations.checked ? '1' : null, expand: route.params.get('expand'), view: route.params.get('view'),
      }));
    },
  },
  field('From', from), field('To', to), field('Status', status), field('Hops', depth),
  h('label', { class: 'check' }, organizations, h('span', {}, 'Organizations')), h('button', { type: 'submit' }, 'Apply'));
}

function listView(graph: Graph, { withParams, withExpanded }: Links): HTMLElement {
  const people = [...graph.people.values()].sort((a, b) => a.depth - b.depth || a.name.localeCompare(b.name));
  const name = (id: string) => graph.people.get(id)?.name ?? id;
  const pairs = [...graph.pairs.values()].sort((a, b) => b.meetingCount - a.meetingCount);
  const withCenter = (id: string) => graph.pairs.get(pairKey(graph.center.id, id));
  return h('div', { class: 'network-list' },
    h('table', {},
      h('caption', {}, `People (${people.length})`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Person'), h('th', { scope: 'col' }, 'Hops'),
        h('th', { scope: 'col' }, `Meetings with ${graph.center.name}`), h('th', { scope: 'col' }, 'Expand'))),
      h('tbody', {}, people.map((person) => {
        const pair = withCenter(person.id);
        return h('tr', { 'data-person': person.id },
          h('th', { scope: 'row' }, h('a', { href: entityHref('person', person.id) }, person.name)),
          h('td', {}, Number.isFinite(person.depth) ? String(person.depth) : '–'),
          h('td', {}, pair ? h('a', {
            href: withParams({ edge: pairKey(pair.source, pair.target) }),
            'aria-label': `${plural(pair.meetingCount, 'meeting')} of ${person.name} with ${graph.center.name}`,
          }, String(pair.meetingCount)) : '–'),
          h('td', {}, person.id === graph.center.id ? '' : h('a', { href: withExpanded(person.id), 'aria-label': `Expand ${person.name}` }, 'Expand')));
      }))),
    graph.organizations.size ? h('table', {},
      h('caption', {}, `Organizations (${graph.organizations.size})`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Organization'), h('th', { scope: 'col' }, 'Meetings in this network'),
        h('th', { scope: 'col' }, 'With'))),
      h('tbody', {}, [...graph.organizations.values()].map((organization) =>
        h('tr', { 'data-organization': organization.id },
          h('th', { scope: 'row' }, h('a', { href: entityHref('organization', organization.id) }, organization.name)),
          h('td', {}, String(organization.meetingCount)),
          h('td', {}, graph.affiliations.filter((a) => a.organization === organization.id).flatMap((a, i) => [
            i ? ', ' : '',
            h('a', { href: affiliationHref(graph, a.person, a.organization) }, `${name(a.person)} (${a.meetingCount})`),
          ])))))) : null,
    h('table', {},
      h('caption', {}, `Pairs who met (${pairs.length})`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Pair'), h('th', { scope: 'col' }, 'Shared meetings'))),
      h('tbody', {}, pairs.map((pair) =>
        h('tr', {},
          h('th', { scope: 'row' }, `${name(pair.source)} – ${name(pair.target)}`),
          h('td', {}, h('a', {
            href: withParams({ edge: pairKey(pair.source, pair.target) }),
            'aria-label': `${plural(pair.meetingCount, 'meeting')} of ${name(pair.source)} with ${name(pair.target)}`,
          }, String(pair.meetingCount))))))));
}

async function edgePanel(people: string[], filter: NetworkFilter, { withParams }: Links): Promise<HTMLElement> {
  const list = h('ol', { class: 'meetings' });
  const more = h('button', { type: 'button', class: 'more' }, 'More meetings');
  const first = await execute(ExploreEdgeMeetings, { people, filter });
  const names = first.nodes.map((node) => (node && 'name' in node ? node.name : '?'));
  const append = (page: typeof first.sharedMeetings) => {
    for (const { node } of page.edges) list.appendChild(meetingItem(node));
    more.hidden = !page.pageInfo.hasNextPage;
    more.dataset.after = page.pageInfo.endCursor ?? '';
  };
  append(first.sharedMeetings);
  more.addEventListener('click', async () => {
    const next = await execute(ExploreEdgeMeetings, { people, filter, after: more.dataset.after ?? null });
    append(next.sharedMeetings);
  });
  return h('aside', { class: 'edge-panel panel', 'aria-labelledby': 'edge-heading' },
    h('h2', { id: 'edge-heading' }, `${names.join(' and ')}: ${plural(first.sharedMeetings.totalCount, 'meeting')}`),
    h('a', { class: 'close', href: withParams({ edge: null }) }, 'Close'),
    list, more);
}

export async function renderNetwork(main: HTMLElement, route: Route): Promise<Shown> {
  const centerId = route.path[1] ?? '';
  const links = networkLinks(route);
  const { withParams } = links;
  const filter: NetworkFilter = {
    dateFrom: route.params.get('from') || null,
    dateTo: route.params.get('to') || null,
    status: route.params.get('status') === 'held' ? 'HELD' : route.params.get('status') === 'scheduled' ? 'SCHEDULED' : null,
  };
  const expanded = (route.params.get('expand') ?? '').split(',').filter(Boolean).slice(0, 10);
  const edge = (route.params.get('edge') ?? '').split(',').filter(Boolean);
  const listMode = route.params.get('view') === 'list';
  const [graph, panel] = await Promise.all([
    loadGraph(centerId, route.params.get('depth') === '2' ? 2 : 1, expanded, filter, route.params.get('orgs') === '1'),
    edge.length === 2 ? edgePanel(edge, filter, links) : Promise.resolve(null),
  ]);
  const canvas = h('div', {
    class: 'network-canvas', role: 'img',
    'aria-label': `Network of ${plural(graph.people.size - 1, 'person', 'people')} who met ${graph.center.name}; the list view has the same data as tables.`,
  });
  replace(main,
    h('p', { class: 'kind kind-person' }, 'network'),
    h('h1', { tabindex: '-1' }, `Who met ${graph.center.name}`),
    h('p', { class: 'muted' },
      `${plural(graph.people.size - 1, 'person', 'people')}, ${plural(graph.pairs.size, 'pair')} who met`,
      graph.truncated ? ` (the nearest ${graph.people.size - 1}, those met most first; more are left out)` : '',
      graph.organizations.size ? `, ${plural(graph.organizations.size, 'organization')}` : '',
      expanded.length ? `, ${expanded.length} expanded` : '',
      '. ', h('a', { href: entityHref('person', graph.center.id) }, `About ${graph.center.name}`)),
    filterForm(route, centerId),
    h('nav', { class: 'tabs', 'aria-label': 'Network view' },
      h('a', { href: withParams({ view: null }), 'aria-current': listMode ? null : 'page' }, 'Graph'),
      h('a', { href: withParams({ view: 'list' }), 'aria-current': listMode ? 'page' : null }, 'List')),
    h('div', { class: 'network-layout' },
      listMode ? listView(graph, links) : h('div', { class: 'network-graph' }, canvas,
        h('p', { class: 'hint' }, 'Click a person to open their page, a line to read the meetings; right-click a person to add the people they met.'),
        h('ul', { class: 'legend', 'aria-label': 'Legend' },
          h('li', { class: 'legend-china' }, 'China'), h('li', { class: 'legend-russia' }, 'Russia'), h('li', { class: 'legend-other' }, 'other'),
          h('li', { class: 'legend-edge' }, 'line width: shared meetings'),
          graph.organizations.size ? h('li', { class: 'legend-organization-node' }, 'organization (dashed: met with)') : null)),
      panel));
  let cy: cytoscape.Core | undefined;
  return {
    title: `Network of ${graph.center.name}`,
    mounted: () => {
      if (listMode) return;
      cy = draw(canvas, graph, links, () => {
        canvas.dataset.drawn = String(graph.people.size);
      });
      panel?.querySelector('h2')?.scrollIntoView({ block: 'nearest' });
    },
    unmount: () => cy?.destroy(),
  };
}
