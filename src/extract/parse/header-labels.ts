// Labelled page fields some outlets print above the story ("Source: Xinhua", "Editor: huaxia").
// Without them read as furniture, the time stamp and dateline below them fall into the body.
import { outletName } from './outlet.ts';

const LABELLED = /^(Source|Editor|Editors)\s*:\s*(\S.{0,60})$/i;

export interface LabelledField {
  /** The outlet a "Source:" field credits; null for other labels or an unknown source. */
  source: string | null;
}

/** Reads "Source: <outlet>" or "Editor: <desk handle>"; null when the line is not such a field. */
export function readLabelledField(line: string): LabelledField | null {
  const m = LABELLED.exec(line);
  if (!m) return null;
  const [label = '', value = ''] = [m[1], m[2]?.trim()];
  if (label.toLowerCase() === 'source') return outletName(value) !== null ? { source: value } : null;
  // Only a desk handle ("huaxia") is furniture; an editor's name stays text for the people it names.
  return /^[a-z][\w.]*$/.test(value) ? { source: null } : null;
}
