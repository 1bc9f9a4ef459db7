// Search across people, organizations, places and articles: a combobox in the header (arrow
// keys move through the results, Enter opens one) and a results page that deep links.
import { execute } from '../api.ts';
import { h, plural, replace } from '../dom.ts';
import type { ExploreSearchQuery } from '../../gql/graphql.ts';
import { ExploreSearch } from '../operations.ts';
import type { Shown } from '../view.ts';
import { entityHref, href, navigate, type Route } from '../router.ts';

type Hit = ExploreSearchQuery['search']['edges'][number];

interface Result {
  kind: string;
  label: string;
  detail: string;
  target: string;
}

function describe({ node }: Hit): Result | null {
  switch (node.__typename) {
    case 'Person':
      return { kind: 'Person', label: node.name, detail: node.country?.name ?? '', target: entityHref('person', node.id) };
    case 'Organization':
      return { kind: 'Organization', label: node.name, detail: node.acronym ?? '', target: entityHref('organization', node.id) };
    case 'Place':
      return { kind: 'Place', label: node.name, detail: node.kind.toLowerCase(), target: entityHref('place', node.id) };
    case 'Article':
      return {
        kind: 'Article',
        label: node.title ?? node.slug,
        detail: [node.source, node.publishedOn].filter(Boolean).join(', '),
        target: href(['article', node.slug]),
      };
    default:
      return null;
  }
}

async function find(query: string): Promise<{ total: number; results: Result[] }> {
  const { search } = await execute(ExploreSearch, { query });
  return { total: search.totalCount, results: search.edges.flatMap((edge) => describe(edge) ?? []) };
}

function resultBody(result: Result): HTMLElement[] {
  return [
    h('span', { class: `kind kind-${result.kind.toLowerCase()}` }, result.kind),
    h('span', { class: 'label' }, result.label),
    h('span', { class: 'detail' }, result.detail),
  ];
}

/** The header's search box, with a list of results under it. */
export function searchBox(): HTMLElement {
  const input = h('input', {
    id: 'search-input', type: 'search', role: 'combobox', autocomplete: 'off', placeholder: 'Search people, organizations, places, articles',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'search-listbox',
  });
  const listbox = h('ul', { id: 'search-listbox', role: 'listbox', 'aria-label': 'Search results', hidden: true });
  let results: Result[] = [];
  let active = -1;
  let pending = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index: number) => {
    active = index;
    for (const [i, option] of [...listbox.children].entries()) option.setAttribute('aria-selected', String(i === index));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', `search-option-${index}`);
      listbox.children[index]?.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  const open = (target: string) => {
    close();
    navigate(target);
  };
  const show = (query: string, found: { total: number; results: Result[] }) => {
    results = found.results;
    replace(
      listbox,
      results.map((result, i) =>
        h('li', {
          id: `search-option-${i}`, role: 'option', 'aria-selected': 'false', class: 'search-option',
          onmousedown: (event) => event.preventDefault(), onclick: () => open(result.target),
        }, resultBody(result))),
      found.total > results.length
        ? h('li', { class: 'search-more', role: 'presentation' },
          h('a', { href: href(['search'], { q: query }), tabindex: '-1' }, `All ${plural(found.total, 'result')}`))
        : null,
      results.length === 0 ? h('li', { class: 'search-empty', role: 'presentation' }, 'No matches') : null,
    );
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(-1);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = input.value.trim();
    if (!query) return close();
    timer = setTimeout(async () => {
      const ticket = (pending += 1);
      const found = await find(query).catch(() => ({ total: 0, results: [] }));
      if (ticket === pending && input.value.trim() === query) show(query, found);
    }, 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      highlight((active + step + results.length) % results.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = results[active];
      if (chosen) open(chosen.target);
      else if (input.value.trim()) open(href(['search'], { q: input.value.trim() }));
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));

  return h('div', { class: 'search', role: 'search' },
    h('label', { for: 'search-input', class: 'visually-hidden' }, 'Search people, organizations, places and articles'),
    input, listbox);
}

/** `#/search?q=…`: every result of a search. */
export async function renderSearch(main: HTMLElement, route: Route): Promise<Shown> {
  const query = route.params.get('q') ?? '';
  const found = query ? await find(query) : { total: 0, results: [] };
  replace(main,
    h('h1', { tabindex: '-1' }, `Results for “${query}”`),
    h('p', {}, plural(found.total, 'result'), found.total > found.results.length ? ` (the best ${found.results.length} shown)` : ''),
    h('ul', { class: 'results' }, found.results.map((result) => h('li', {}, h('a', { href: result.target }, resultBody(result))))));
  return { title: `Search: ${query}` };
}
