// "the commission, which is co-chaired by Chernyshenko and Zhang Guoqing", "the commission that
// Chernyshenko and Zhang Guoqing co-chair": the present tense says who holds the role, not that
// the body met. "co-chaired the meeting", "will co-chair", "co-chaired by ..., met" report one.

const PRESENT_PASSIVE = /\b(?:is|are)\s+(?:currently\s+|jointly\s+)?$/;
const MODAL_OR_TO = /\b(?:will|would|shall|may|might|can|could|to|also|jointly)\s+$/i;

/** Whether the co-chair verb `word`, after the text `before`, describes a standing role. */
export function describesRole(before: string, word: string): boolean {
  if (/^co-chaired$/.test(word)) return PRESENT_PASSIVE.test(before);
  // A present verb in a relative clause ("that A and B co-chair", "who co-chairs it") is a role.
  if (/^co-chairs?$/.test(word)) return !MODAL_OR_TO.test(before) && /\b(?:that|which|who)\b[^,;]*$/.test(before);
  return false;
}
