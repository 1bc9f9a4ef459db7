// Where a meeting took place: the city, region or venue its clause places it in, one meeting per place.
import { places as knownPlaces } from '../link/knowledge.ts';
import { spanText, type Recognized, type Span } from '../recognize/spans.ts';
import type { Anchors } from './anchors.ts';

/** Splits "(twice this year,) in Moscow ... in May and in Beijing ... on Sept 3" at "and in <Place>". */
export function splitByPlaces(text: string, from: number, to: number): Array<readonly [number, number]> {
  const parts: Array<readonly [number, number]> = [];
  let start = from;
  const region = text.slice(from, to);
  // "met in Moscow ...", "met twice this year, in Moscow ...".
  if (!/^(?:\s+[\w-]+){0,3},?\s+in\s+\p{Lu}/u.test(region)) return [[from, to]];
  for (const m of region.matchAll(/\s+and\s+(?=in\s+\p{Lu})/gu)) {
    const at = from + (m.index ?? 0);
    parts.push([start, at]);
    start = at + m[0].length;
  }
  parts.push([start, to]);
  return parts;
}

export function locationIn(
  spans: Span[],
  at: (s: Span) => number,
  text: string,
  from: number,
  to: number,
  after: number,
  r: Recognized,
  anchors: Anchors,
): { location: string | null; venue: string | null } {
  let location: string | null = null;
  let venue: string | null = null;
  let region: string | null = null;
  // Places after the trigger describe the meeting; earlier ones may belong to the reporter.
  const ordered = [...spans].sort((x, y) => Number(at(x) < after) - Number(at(y) < after) || at(x) - at(y));
  for (const s of ordered) {
    if (s.type !== 'place' || at(s) < from || at(s) >= to) continue;
    const name = s.known[0] ?? spanText(r, s);
    const kind = knownPlaces.get(name)?.kind ?? s.placeKind ?? 'city';
    if (kind === 'venue') {
      venue ??= name;
      continue;
    }
    const before = text.slice(Math.max(from, at(s) - 60), at(s));
    if (!placesMeeting(before, text.slice(at(s)), at(s) < after)) continue;
    if (kind === 'city') location ??= name;
    else if (kind === 'region') region ??= name;
  }
  if (location === null && /\bhere\b/.test(text.slice(from, to))) location = anchors.datelinePlace;
  if (location === null && venue !== null) location = knownPlaces.get(venue)?.parent ?? null;
  return { location: location ?? region, venue };
}

/**
 * Whether a place, given the text before and from it, is where the clause's meeting happens:
 * "in Moscow", "in the eastern port city of Qingdao", "visited Beijing and met", "travel to
 * St Petersburg, where he will be received" — but not "a trip to Moscow", nor "met X and visited Y".
 */
function placesMeeting(before: string, from: string, beforeTrigger: boolean): boolean {
  if (beforeTrigger && /\bvisited\s+$/.test(before)) return true;
  if (/\bto\s+$/.test(before) && /^[^,.;]*,\s+where\b/.test(from)) return true;
  const near = before.slice(-40);
  if (!/\b(?:in|at)\s+(?:[\w’']+\s+){0,4}$/.test(near) && !/\b(?:in|at)\s+the\s+(?:[\w’'-]+\s+){0,5}(?:city|town|port|capital) of\s+$/.test(before)) return false;
  return !/\bto\s+(?:[\w’']+\s+){0,2}$/.test(near);
}
