// "agreed to hold the next round of consultations in Moscow at a mutually convenient time": an
// agreement to meet that names no time is an intention, not a scheduled meeting; "agreed to meet
// again in Moscow in the autumn" names one and is.

const AGREED_TO_MEET = /\bagree(?:d|s)? to (?:hold|meet|convene)\b/;

/** Whether a clause only agrees to meet some day, given whether a date was found for it. */
export function agreesWithoutTime(clause: string, dated: boolean): boolean {
  return AGREED_TO_MEET.test(clause) && !dated;
}
