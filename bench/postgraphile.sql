-- Bench-only SQL for the PostGraphile peer (`npm run bench -- --peer postgraphile`), applied to
-- the benchmark's copy of the database only, never by newsgraph's migrations. PostGraphile
-- exposes tables, foreign keys and functions; these functions give it what newsgraph's
-- resolvers compute. Computed columns must live in the table's schema and be named after it.

-- A person by name as newsgraph's `person(name:)` finds one: by slug or by a folded alias, the
-- most mentioned first. The client passes the slug and the folded name it computed.
CREATE FUNCTION bench_person_by_name(slug TEXT, normalized TEXT) RETURNS "Person"
LANGUAGE sql STABLE AS $$
    SELECT p.* FROM "Person" p
     WHERE p."slug" = bench_person_by_name.slug
        OR p."id" IN (SELECT "personId" FROM "PersonAlias" WHERE "normalized" = bench_person_by_name.normalized)
     ORDER BY (SELECT count(*) FROM "Mention" m WHERE m."personId" = p."id") DESC, p."id"
     LIMIT 1
$$;

-- A person's meetings, latest first (PostGraphile can order a table only by its own columns).
CREATE FUNCTION "Person_meetings_by_date"(person "Person") RETURNS SETOF "Meeting"
LANGUAGE sql STABLE AS $$
    SELECT m.* FROM "MeetingParticipant" mp JOIN "Meeting" m ON m."id" = mp."meetingId"
     WHERE mp."personId" = person."id"
     ORDER BY mp."meetingDate" DESC, mp."meetingId" DESC
$$;

-- A meeting's participants by name, as newsgraph lists them.
CREATE FUNCTION "Meeting_participants_by_name"(meeting "Meeting") RETURNS SETOF "Person"
LANGUAGE sql STABLE AS $$
    SELECT p.* FROM "MeetingParticipant" mp JOIN "Person" p ON p."id" = mp."personId"
     WHERE mp."meetingId" = meeting."id"
     ORDER BY p."name", p."id"
$$;

-- PostGraphile 5 filters only by indexed columns unless told otherwise; the peer's stand-in for
-- search (connection-filter's includesInsensitive) needs these two, which have no index.
COMMENT ON COLUMN "Article"."title" IS '@behavior filterBy';
COMMENT ON COLUMN "Meeting"."summary" IS '@behavior filterBy';
