// Timeline: meetings counted by month, for drawing them over time.
import { builder } from '../builder.ts';
import { loadTimeline, type MonthCount as MonthData, type Timeline as TimelineData, type YearCount as YearData } from '../services/timeline.ts';
import { MeetingFilter, meetingWhere } from './meeting.ts';

const MonthCount = builder.objectRef<MonthData>('MeetingMonth').implement({
  description: 'Meetings in one calendar month.',
  fields: (t) => ({
    month: t.exposeString('month', { description: 'The month, YYYY-MM.' }),
    count: t.int({ description: 'All meetings in the month.', resolve: (m) => m.dayCount + m.monthCount }),
    dayCount: t.exposeInt('dayCount', { description: 'Meetings dated to a day of the month.' }),
    monthCount: t.exposeInt('monthCount', { description: 'Meetings known only to be in the month.' }),
  }),
});

const YearCount = builder.objectRef<YearData>('MeetingYear').implement({
  description: 'Meetings known only to be in a calendar year.',
  fields: (t) => ({
    year: t.exposeString('year', { description: 'The year, YYYY.' }),
    count: t.exposeInt('count', { description: 'Meetings dated only to the year.' }),
  }),
});

const Timeline = builder.objectRef<TimelineData>('MeetingTimeline').implement({
  description: 'Meeting counts over time. Its size is bounded by the calendar (one entry per month or year that has meetings), not by the number of meetings.',
  fields: (t) => ({
    months: t.field({
      type: [MonthCount],
      description: 'Months with at least one meeting dated to the day or the month, in calendar order.',
      resolve: (timeline) => timeline.months,
    }),
    years: t.field({
      type: [YearCount],
      description: 'Years with meetings dated only to the year (drawn as spans), in calendar order.',
      resolve: (timeline) => timeline.years,
    }),
    undated: t.exposeInt('undated', { description: 'Meetings whose date is unknown.' }),
  }),
});

builder.queryField('meetingTimeline', (t) =>
  t.field({
    type: Timeline,
    description: 'Meetings counted by month (and by year for those dated only to the year), filtered as `meetings` is.',
    args: { filter: t.arg({ type: MeetingFilter, required: false, description: 'Conditions the meetings must meet.' }) },
    resolve: (_root, args, ctx) => loadTimeline(ctx.db, meetingWhere(args.filter)),
  }),
);
