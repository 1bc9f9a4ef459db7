// Meetings by month as an SVG bar chart: meetings dated to the day and those known only to the
// month stacked per month, meetings known only to the year as spans across their year, and
// undated ones counted apart. A month opens its meetings with their evidence.
import { execute } from '../api.ts';
import { h, plural, replace, svg } from '../dom.ts';
import type { ExploreTimelineQuery, MeetingFilter } from '../../gql/graphql.ts';
import { ExploreMeetings, ExploreTimeline } from '../operations.ts';
import { href, navigate, type Route } from '../router.ts';
import type { Shown } from '../view.ts';
import { meetingItem } from './meetings.ts';

type Timeline = ExploreTimelineQuery['meetingTimeline'];

const filterNames = ['participant', 'organization', 'place', 'status'] as const;

function meetingFilter(params: URLSearchParams): MeetingFilter {
  const status = params.get('status');
  return {
    participant: params.get('participant') || null,
    organization: params.get('organization') || null,
    location: params.get('place') || null,
    status: status === 'held' ? 'HELD' : status === 'scheduled' ? 'SCHEDULED' : null,
  };
}

/** Every month from the first to the last with meetings (years' spans included), as YYYY-MM. */
function monthAxis(timeline: Timeline): string[] {
  const keys = [...timeline.months.map((m) => m.month), ...timeline.years.flatMap((y) => [`${y.year}-01`, `${y.year}-12`])].sort();
  const first = keys[0];
  const last = keys[keys.length - 1];
  if (!first || !last) return [];
  const axis: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let key = first; key <= last; ) {
    axis.push(key);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
    key = `${year}-${String(month).padStart(2, '0')}`;
  }
  return axis;
}

function lastDay(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

function chart(timeline: Timeline, linkTo: (params: Record<string, string>) => string, selected: string | null): HTMLElement {
  const axis = monthAxis(timeline);
  const byMonth = new Map(timeline.months.map((m) => [m.month, m]));
  const max = Math.max(1, ...timeline.months.map((m) => m.count));
  const step = Math.max(8, Math.min(36, Math.floor(960 / Math.max(axis.length, 1))));
  const bar = Math.max(4, step - 3);
  const left = 36;
  const top = 16;
  const plot = 180;
  const spansTop = top + plot + 30;
  const height = spansTop + (timeline.years.length ? 26 * timeline.years.length : 0) + 8;
  const width = left + axis.length * step + 16;
  const y = (count: number) => top + plot - (count / max) * plot;
  const x = (month: string) => left + axis.indexOf(month) * step;
  const ticks = [...new Set([0, Math.ceil(max / 2), max])];
  return h('div', { class: 'chart-scroll' }, svg('svg', {
    class: 'timeline-chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'group',
    'aria-label': `Meetings per month, ${axis[0] ?? ''} to ${axis[axis.length - 1] ?? ''}`,
  },
  ticks.map((tick) => [
    svg('line', { x1: left - 4, x2: width - 8, y1: y(tick), y2: y(tick), class: 'gridline' }),
    svg('text', { x: left - 8, y: y(tick) + 4, class: 'tick', 'text-anchor': 'end' }, String(tick)),
  ]),
  axis.map((month) => {
    const counts = byMonth.get(month);
    const label = month.endsWith('-01') || month === axis[0] ? month.slice(0, 4) : null;
    return [
      label ? svg('text', { x: x(month), y: top + plot + 16, class: 'tick' }, label) : null,
      counts ? svg('a', {
        href: linkTo({ month }), class: `bar${month === selected ? ' selected' : ''}`, 'data-month': month, 'data-count': counts.count,
        'aria-label': `${month}: ${plural(counts.count, 'meeting')}${counts.monthCount ? `, ${counts.monthCount} dated only to the month` : ''}`,
      },
      svg('title', {}, `${month}: ${plural(counts.count, 'meeting')}`),
      svg('rect', { x: x(month), y: top, width: bar, height: plot, class: 'hit' }),
      svg('rect', { x: x(month), y: y(counts.dayCount), width: bar, height: plot + top - y(counts.dayCount), class: 'day' }),
      counts.monthCount ? svg('rect', {
        x: x(month), y: y(counts.count), width: bar, height: y(counts.dayCount) - y(counts.count), class: 'month-only',
      }) : null,
      bar >= 14 ? svg('text', { x: x(month) + bar / 2, y: y(counts.count) - 4, class: 'bar-count', 'text-anchor': 'middle', 'aria-hidden': 'true' }, String(counts.count)) : null) : null,
    ];
  }),
  timeline.years.map((year, i) => {
    const from = x(`${year.year}-01`);
    const to = x(`${year.year}-12`) + bar;
    const rowY = spansTop + i * 26;
    return svg('a', {
      href: linkTo({ year: year.year }), class: 'span', 'data-year': year.year,
      'aria-label': `${year.year}: ${plural(year.count, 'meeting')} dated only to the year`,
    },
    svg('rect', { x: from, y: rowY, width: to - from, height: 18, rx: 9, class: 'year-span' }),
    svg('text', { x: from + 8, y: rowY + 13, class: 'span-label' }, `${year.year}: ${plural(year.count, 'meeting')} dated only to the year`));
  })));
}

function countsTable(timeline: Timeline): HTMLElement {
  return h('details', { class: 'counts' },
    h('summary', {}, 'Counts as a table'),
    h('table', { class: 'timeline-table' },
      h('thead', {}, h('tr', {}, ['Month', 'Meetings', 'Dated to the day', 'Dated to the month'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {},
        timeline.months.map((m) => h('tr', { 'data-month': m.month },
          h('th', { scope: 'row' }, m.month), h('td', {}, String(m.count)), h('td', {}, String(m.dayCount)), h('td', {}, String(m.monthCount)))),
        timeline.years.map((y) => h('tr', { 'data-year': y.year },
          h('th', { scope: 'row' }, `${y.year} (year only)`), h('td', {}, String(y.count)), h('td', {}, '–'), h('td', {}, '–'))))));
}

function filterForm(route: Route): HTMLFormElement {
  const text = (name: string, label: string, placeholder: string) =>
    h('label', {}, h('span', {}, label), h('input', { type: 'text', name, value: route.params.get(name) ?? '', placeholder }));
  const status = route.params.get('status');
  return h('form', {
    class: 'filters', 'aria-label': 'Timeline filters',
    onsubmit: (event) => {
      event.preventDefault();
      const data = new FormData(event.target as HTMLFormElement);
      navigate(href(['timeline'], Object.fromEntries(filterNames.map((name) => [name, String(data.get(name) ?? '').trim()]))));
    },
  },
  text('participant', 'Participant', 'e.g. Putin'),
  text('organization', 'Organization', 'e.g. CPC'),
  text('place', 'Place', 'e.g. Beijing'),
  h('label', {}, h('span', {}, 'Status'), h('select', { name: 'status' },
    h('option', { value: '' }, 'held or scheduled'),
    h('option', { value: 'held', selected: status === 'held' }, 'held'),
    h('option', { value: 'scheduled', selected: status === 'scheduled' }, 'scheduled'))),
  h('button', { type: 'submit' }, 'Apply'));
}

/** Which meetings a click on the chart lists: a month's, those dated only to a year, or the undated. */
type Selection = { label: string; filter: MeetingFilter };

function selection(params: URLSearchParams, filter: MeetingFilter): Selection | null {
  const month = params.get('month');
  const year = params.get('year');
  if (month && /^\d{4}-\d{2}$/.test(month)) {
    return { label: month, filter: { ...filter, dateFrom: `${month}-01`, dateTo: lastDay(month), datePrecision: ['DAY', 'MONTH'] } };
  }
  if (year && /^\d{4}$/.test(year)) {
    return { label: `${year}, dated only to the year`, filter: { ...filter, dateFrom: `${year}-01-01`, dateTo: `${year}-12-31`, datePrecision: ['YEAR'] } };
  }
  if (params.get('undated')) return { label: 'Undated', filter: { ...filter, datePrecision: ['UNKNOWN'] } };
  return null;
}

async function selectedMeetings({ label, filter }: Selection): Promise<HTMLElement> {
  const list = h('ol', { class: 'meetings' });
  const more = h('button', { type: 'button', class: 'more' }, 'More meetings');
  const load = async (after: string | null) => {
    const { meetings } = await execute(ExploreMeetings, { filter, after });
    for (const { node } of meetings.edges) list.appendChild(meetingItem(node));
    more.hidden = !meetings.pageInfo.hasNextPage;
    more.onclick = () => void load(meetings.pageInfo.endCursor ?? null);
    return meetings.totalCount;
  };
  const total = await load(null);
  return h('section', { class: 'panel month-meetings', 'aria-labelledby': 'month-heading' },
    h('h2', { id: 'month-heading' }, `${label}: ${plural(total, 'meeting')}`), list, more);
}

export async function renderTimeline(main: HTMLElement, route: Route): Promise<Shown> {
  const filter = meetingFilter(route.params);
  const params = Object.fromEntries(filterNames.map((name) => [name, route.params.get(name)]));
  const linkTo = (chosen: Record<string, string>) => href(['timeline'], { ...params, ...chosen });
  const chosen = selection(route.params, filter);
  const [{ meetingTimeline: timeline }, selected] = await Promise.all([
    execute(ExploreTimeline, { filter }),
    chosen ? selectedMeetings(chosen) : Promise.resolve(null),
  ]);
  const total = timeline.months.reduce((sum, m) => sum + m.count, 0) + timeline.years.reduce((sum, y) => sum + y.count, 0);
  const narrowed = filterNames.map((name) => route.params.get(name)).filter(Boolean);
  replace(main,
    h('p', { class: 'kind' }, 'timeline'),
    h('h1', { tabindex: '-1' }, narrowed.length ? `Meetings: ${narrowed.join(', ')}` : 'All meetings over time'),
    filterForm(route),
    h('p', { class: 'muted' }, `${plural(total, 'dated meeting')}; choose a month to read its meetings.`),
    timeline.months.length || timeline.years.length ? chart(timeline, linkTo, route.params.get('month')) : h('p', {}, 'No dated meetings.'),
    h('ul', { class: 'legend', 'aria-label': 'Legend' },
      h('li', { class: 'legend-day' }, 'dated to the day'),
      h('li', { class: 'legend-month' }, 'dated only to the month'),
      timeline.years.length ? h('li', { class: 'legend-year' }, 'dated only to the year (span)') : null),
    h('p', { class: 'undated', 'data-undated': timeline.undated },
      timeline.undated ? h('a', { href: linkTo({ undated: '1' }) }, `Undated: ${plural(timeline.undated, 'meeting')}`) : 'Undated: 0 meetings'),
    countsTable(timeline),
    selected);
  return {
    title: 'Timeline',
    mounted: () => selected?.scrollIntoView({ block: 'start' }),
  };
}
