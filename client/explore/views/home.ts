// The start page: what the explorer shows and where to begin.
import { h, replace } from '../dom.ts';
import { href } from '../router.ts';
import type { Shown } from '../view.ts';

export async function renderHome(main: HTMLElement): Promise<Shown> {
  replace(main,
    h('h1', { tabindex: '-1' }, 'Explore who met whom in the news'),
    h('p', { class: 'lead' },
      'Search for a person, organization, place or article above. Every meeting, role and date shown here opens the sentence it was read from.'),
    h('ul', { class: 'start' },
      h('li', {}, h('a', { class: 'button', href: href(['timeline']) }, 'All meetings on a timeline')),
      h('li', {}, h('a', { class: 'button', href: href(['search'], { q: 'Putin' }) }, 'Start from Vladimir Putin')),
      h('li', {}, h('a', { class: 'button', href: href(['search'], { q: 'Xi' }) }, 'Start from Xi Jinping'))));
  return { title: 'Explore' };
}
