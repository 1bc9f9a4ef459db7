// How a stored meeting report reads: a one-line summary generated from the resolved facts ("Xi
// Jinping met Mikhail Mishustin in Beijing on 4 November 2025"; "… will meet …" when
// scheduled; organizations when no people are named), and evidence covering the whole sentence
// that reports it, not only its trigger words. Two meetings reported in one sentence thus keep
// one evidence sentence but get summaries of their own.
import type { MeetingFact, Sentence } from '../extract/index.ts';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "on 4 November 2025", "in May 2025", "in 2025", or nothing for an unknown date. */
function spokenDate(date: string | null): string {
  const [year, month, day] = (date ?? '').split('-');
  if (!year) return '';
  const monthName = month ? months[Number(month) - 1] : undefined;
  if (day && monthName) return `on ${Number(day)} ${monthName} ${year}`;
  return monthName ? `in ${monthName} ${year}` : `in ${year}`;
}

/** "A", "A and B", "A, B and C". */
function list(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

type Described = Pick<MeetingFact, 'participants' | 'organizations' | 'name' | 'status' | 'date' | 'location' | 'venue'>;

export function meetingSummary(meeting: Described): string {
  const future = meeting.status === 'scheduled';
  const named = meeting.name ? `the ${meeting.name}` : null;
  // People are who met; organizations stand in for them when no person is named.
  const [subject, ...partners] = meeting.participants.length ? meeting.participants : meeting.organizations;
  let clause: string;
  if (subject && partners.length) clause = `${subject} ${future ? 'will meet' : 'met'} ${list(partners)}${named ? ` at ${named}` : ''}`;
  // A person attends a named gathering; an organization holds its own session.
  else if (subject && named && meeting.participants.length) clause = `${subject} ${future ? 'will attend' : 'attended'} ${named}`;
  else if (subject && named) clause = `${subject} ${future ? 'will hold' : 'held'} ${named}`;
  else if (subject && meeting.participants.length && meeting.organizations.length) {
    clause = `${subject} ${future ? 'will meet' : 'met'} the ${list(meeting.organizations)}`;
  } else if (subject) clause = `${subject} ${future ? 'will hold' : 'held'} a meeting`;
  else clause = `${named ? `The ${meeting.name}` : 'A meeting'} ${future ? 'will be held' : 'was held'}`;
  const place = meeting.location ? `in ${meeting.location}` : meeting.venue ? `at ${meeting.venue}` : '';
  return [clause, place, spokenDate(meeting.date)].filter(Boolean).join(' ');
}

/** The meeting as stored: the generated summary, and evidence spanning its sentence. */
export function asReported(meeting: MeetingFact, sentences: readonly Sentence[]): MeetingFact {
  const sentence = sentences[meeting.evidence.sentence];
  return {
    ...meeting,
    summary: meetingSummary(meeting),
    evidence: sentence ? { sentence: sentence.index, start: sentence.start, end: sentence.end } : meeting.evidence,
  };
}
