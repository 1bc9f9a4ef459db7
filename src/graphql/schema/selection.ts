// Helpers for connections that plan their nodes' selection themselves.

/**
 * The selection beneath a connection, or `true` (the whole row) when it is an empty `select`:
 * plugin-prisma plans `select: {}` when a client asks only for totalCount or pageInfo, and
 * Prisma rejects an empty select.
 */
export function nonEmpty<T>(selection: T): T | true {
  const select = typeof selection === 'object' && selection !== null && 'select' in selection ? selection.select : undefined;
  return typeof select === 'object' && select !== null && Object.keys(select).length === 0 ? true : selection;
}

/** A planned query for whole-row lookups, without an empty `select` (see nonEmpty). */
export function rowQuery<Q extends { select?: object | null }>(query: Q): Q {
  return query.select && Object.keys(query.select).length === 0 ? { ...query, select: undefined } : query;
}
