// The explorer's entry point: mounts the search box and renders the view the URL names,
// again whenever the URL changes (links, back and forward).
import { h, replace } from './dom.ts';
import { currentRoute } from './router.ts';
import type { Shown, View } from './view.ts';
import { renderArticle } from './views/article.ts';
import { renderEntity } from './views/entity.ts';
import { renderHome } from './views/home.ts';
import { renderNetwork } from './views/network.ts';
import { renderSearch, searchBox } from './views/search.ts';
import { renderTimeline } from './views/timeline.ts';


const views: Record<string, View> = {
  '': renderHome,
  search: renderSearch,
  person: renderEntity,
  organization: renderEntity,
  place: renderEntity,
  network: renderNetwork,
  timeline: renderTimeline,
  article: renderArticle,
};

let rendering = 0;
let current: Shown | undefined;

async function render(): Promise<void> {
  const main = document.getElementById('main');
  if (!main) return;
  const ticket = (rendering += 1);
  const route = currentRoute();
  const view = views[route.path[0] ?? ''];
  // Views draw into a detached element, so a slow view never overwrites a newer one.
  const target = h('div', { class: 'view' });
  let shown: Shown;
  try {
    if (!view) throw new Error(`There is no view “${route.path[0]}”.`);
    shown = await view(target, route);
  } catch (error) {
    shown = { title: 'Error' };
    replace(target, h('h1', { tabindex: '-1' }, 'Something went wrong'), h('p', { class: 'error', role: 'alert' }, String(error instanceof Error ? error.message : error)));
  }
  if (ticket !== rendering) {
    shown.unmount?.();
    return;
  }
  current?.unmount?.();
  current = shown;
  replace(main, target);
  document.title = `${shown.title} · newsgraph explorer`;
  // Screen readers and keyboard users start at the new view's heading.
  main.querySelector<HTMLElement>('h1')?.focus();
  shown.mounted?.();
  // Tests and scripts wait for this: the view of this URL is on screen.
  main.dataset.route = location.hash;
}

document.getElementById('search-slot')?.replaceWith(searchBox());
window.addEventListener('hashchange', () => void render());
void render();
