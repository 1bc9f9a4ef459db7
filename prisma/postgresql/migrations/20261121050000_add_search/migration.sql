-- Full-text search over article titles and bodies, entity names and aliases, and meeting
-- summaries and names: PostgreSQL's counterpart of the SQLite FTS5 index. One row per
-- searchable text, kept in sync by triggers so writers need not know it exists; a GIN index
-- over its tsvector answers the search. (source slot, source id) identifies the row:
--   0 article title, 1 article body, 2 person name, 3 organization name and acronym,
--   4 place name, 5 meeting summary and name, 6 person alias, 7 organization alias, 8 place alias.
-- `kind` and `entityId` name the entity a row belongs to (an alias row belongs to its entity).

-- Like FTS5's unicode61 tokenizer with remove_diacritics: words folded to lower case without
-- diacritics, no stemming and no stop words.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION "newsgraph_search" (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION "newsgraph_search" ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

CREATE TABLE "SearchText" (
    "slot" SMALLINT NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "document" TSVECTOR NOT NULL,
    PRIMARY KEY ("slot", "sourceId")
);
CREATE INDEX "SearchText_document_idx" ON "SearchText" USING GIN ("document");

-- Stores (or, for a null text, removes) the search row of one source text.
CREATE FUNCTION "search_put"(slot INTEGER, source_id INTEGER, kind TEXT, entity_id INTEGER, body TEXT) RETURNS void
LANGUAGE sql AS $$
    DELETE FROM "SearchText" WHERE "slot" = search_put.slot AND "sourceId" = search_put.source_id;
    INSERT INTO "SearchText" ("slot", "sourceId", "kind", "entityId", "text", "document")
    SELECT search_put.slot, search_put.source_id, search_put.kind, search_put.entity_id, body,
           to_tsvector('newsgraph_search', body)
     WHERE body IS NOT NULL;
$$;

CREATE FUNCTION "search_remove"(slot INTEGER, source_id INTEGER) RETURNS void
LANGUAGE sql AS $$
    DELETE FROM "SearchText" WHERE "slot" = search_remove.slot AND "sourceId" = search_remove.source_id;
$$;

CREATE FUNCTION "Article_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM search_remove(0, OLD."id"); PERFORM search_remove(1, OLD."id");
    ELSE
        PERFORM search_put(0, NEW."id", 'article', NEW."id", NEW."title");
        PERFORM search_put(1, NEW."id", 'article', NEW."id", NEW."body");
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "Article_search" AFTER INSERT OR DELETE OR UPDATE OF "title", "body" ON "Article"
    FOR EACH ROW EXECUTE FUNCTION "Article_search"();

CREATE FUNCTION "Person_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN PERFORM search_remove(2, OLD."id");
    ELSE PERFORM search_put(2, NEW."id", 'person', NEW."id", NEW."name");
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "Person_search" AFTER INSERT OR DELETE OR UPDATE OF "name" ON "Person"
    FOR EACH ROW EXECUTE FUNCTION "Person_search"();

CREATE FUNCTION "Organization_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN PERFORM search_remove(3, OLD."id");
    ELSE PERFORM search_put(3, NEW."id", 'organization', NEW."id", trim(NEW."name" || ' ' || coalesce(NEW."acronym", '')));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "Organization_search" AFTER INSERT OR DELETE OR UPDATE OF "name", "acronym" ON "Organization"
    FOR EACH ROW EXECUTE FUNCTION "Organization_search"();

CREATE FUNCTION "Place_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN PERFORM search_remove(4, OLD."id");
    ELSE PERFORM search_put(4, NEW."id", 'place', NEW."id", NEW."name");
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "Place_search" AFTER INSERT OR DELETE OR UPDATE OF "name" ON "Place"
    FOR EACH ROW EXECUTE FUNCTION "Place_search"();

CREATE FUNCTION "Meeting_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN PERFORM search_remove(5, OLD."id");
    ELSE PERFORM search_put(5, NEW."id", 'meeting', NEW."id", trim(NEW."summary" || ' ' || coalesce(NEW."name", '')));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "Meeting_search" AFTER INSERT OR DELETE OR UPDATE OF "summary", "name" ON "Meeting"
    FOR EACH ROW EXECUTE FUNCTION "Meeting_search"();

CREATE FUNCTION "PersonAlias_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN PERFORM search_remove(6, OLD."id");
    ELSE PERFORM search_put(6, NEW."id", 'person', NEW."personId", NEW."name");
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "PersonAlias_search" AFTER INSERT OR DELETE OR UPDATE OF "name", "personId" ON "PersonAlias"
    FOR EACH ROW EXECUTE FUNCTION "PersonAlias_search"();

CREATE FUNCTION "OrganizationAlias_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN PERFORM search_remove(7, OLD."id");
    ELSE PERFORM search_put(7, NEW."id", 'organization', NEW."organizationId", NEW."name");
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "OrganizationAlias_search" AFTER INSERT OR DELETE OR UPDATE OF "name", "organizationId" ON "OrganizationAlias"
    FOR EACH ROW EXECUTE FUNCTION "OrganizationAlias_search"();

CREATE FUNCTION "PlaceAlias_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN PERFORM search_remove(8, OLD."id");
    ELSE PERFORM search_put(8, NEW."id", 'place', NEW."placeId", NEW."name");
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "PlaceAlias_search" AFTER INSERT OR DELETE OR UPDATE OF "name", "placeId" ON "PlaceAlias"
    FOR EACH ROW EXECUTE FUNCTION "PlaceAlias_search"();
