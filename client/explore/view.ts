// What every view is: it draws a route into a detached element and says how it is shown.
import type { Route } from './router.ts';

export interface Shown {
  /** The page's title. */
  title: string;
  /** Called once the view is in the document (to lay out a graph, which needs its size). */
  mounted?(): void;
  /** Called when another view replaces this one. */
  unmount?(): void;
}

export type View = (target: HTMLElement, route: Route) => Promise<Shown>;
