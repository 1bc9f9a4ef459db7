-- Full-text search over article titles and bodies, entity names and aliases, and meeting
-- summaries and names. One FTS5 row per searchable text; triggers keep it in sync, so writers
-- need not know it exists. The rowid encodes (source table, source id) as id * 16 + slot, so a
-- trigger updates its row by primary key instead of scanning the index:
--   0 article title, 1 article body, 2 person name, 3 organization name and acronym,
--   4 place name, 5 meeting summary and name, 6 person alias, 7 organization alias, 8 place alias.
-- `kind` and `entityId` name the entity a row belongs to (an alias row belongs to its entity).
CREATE VIRTUAL TABLE "SearchText" USING fts5(
    "text",
    "kind" UNINDEXED,
    "entityId" UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Articles
CREATE TRIGGER "Article_search_insert" AFTER INSERT ON "Article" BEGIN
    INSERT INTO "SearchText" ("rowid", "text", "kind", "entityId")
    SELECT new."id" * 16, new."title", 'article', new."id" WHERE new."title" IS NOT NULL;
    INSERT INTO "SearchText" ("rowid", "text", "kind", "entityId") VALUES (new."id" * 16 + 1, new."body", 'article', new."id");
END;
CREATE TRIGGER "Article_search_update" AFTER UPDATE OF "title", "body" ON "Article" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" IN (old."id" * 16, old."id" * 16 + 1);
    INSERT INTO "SearchText" ("rowid", "text", "kind", "entityId")
    SELECT new."id" * 16, new."title", 'article', new."id" WHERE new."title" IS NOT NULL;
    INSERT INTO "SearchText" ("rowid", "text", "kind", "entityId") VALUES (new."id" * 16 + 1, new."body", 'article', new."id");
END;
CREATE TRIGGER "Article_search_delete" AFTER DELETE ON "Article" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" IN (old."id" * 16, old."id" * 16 + 1);
END;

-- People
CREATE TRIGGER "Person_search_insert" AFTER INSERT ON "Person" BEGIN
    INSERT INTO "SearchText" ("rowid", "text", "kind", "entityId") VALUES (new."id" * 16 + 2, new."name", 'person', new."id");
END;
CREATE TRIGGER "Person_search_update" AFTER UPDATE OF "name" ON "Person" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = old."id" * 16 + 2;
    INSERT INTO "SearchText" ("rowid", "text", "kind", "entityId") VALUES (new."id" * 16 + 2, new."name", 'person', new."id");
END;
CREATE TRIGGER "Person_search_delete" AFTER DELETE ON "Person" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = old."id" * 16 + 2;
END;

-- Organizations
CREATE TRIGGER "Organization_search_insert" AFTER INSERT ON "Organization" BEGIN
    INSERT INTO "SearchText" ("rowid", "text", "kind", "entityId")
    VALUES (new."id" * 16 + 3, trim(new."name" || ' ' || coalesce(new."acronym", '')), 'organization', new."id");
END;
CREATE TRIGGER "Organization_search_update" AFTER UPDATE OF "name", "acronym" ON "Organization" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = old."id" * 16 + 3;
    INSERT INTO "SearchText" ("rowid", "text", "kind", "entityId")
    VALUES (new."id" * 16 + 3, trim(new."name" || ' ' || coalesce(new."acronym", '')), 'organization', new."id");
END;
CREATE TRIGGER "Organization_search_delete" AFTER DELETE ON "Organization" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = old."id" * 16 + 3;
END;

-- Places
CREATE TRIGGER "Place_search_insert" AFTER INSERT ON "Place" BEGIN
    INSERT INTO "SearchText" ("rowid", "text", "kind", "entityId") VALUES (new."id" * 16 + 4, new."name", 'place', new."id");
END;
CREATE TRIGGER "Place_search_update" AFTER UPDATE OF "name" ON "Place" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = old."id" * 16 + 4;
    INSERT INTO "SearchText" ("rowid", "text", "kind", "entityId") VALUES (new."id" * 16 + 4, new."name", 'place', new."id");
END;
CREATE TRIGGER "Place_search_delete" AFTER DELETE ON "Place" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = old."id" * 16 + 4;
END;

-- Meetings
CREATE TRIGGER "Meeting_search_insert" AFTER INSERT ON "Meeting" BEGIN
    INSERT INTO "SearchText" ("rowid", "text", "kind", "entityId")
    VALUES (new."id" * 16 + 5, trim(new."summary" || ' ' || coalesce(new."name", '')), 'meeting', new."id");
END;
CREATE TRIGGER "Meeting_search_update" AFTER UPDATE OF "summary", "name" ON "Meeting" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = old."id" * 16 + 5;
    INSERT INTO "SearchText" ("rowid", "text", "kind", "entityId")
    VALUES (new."id" * 16 + 5, trim(new."summary" || ' ' || coalesce(new."name", '')), 'meeting', new."id");
END;
CREATE TRIGGER "Meeting_search_delete" AFTER DELETE ON "Meeting" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = old."id" * 16 + 5;
END;

-- Aliases
CREATE TRIGGER "PersonAlias_search_insert" AFTER INSERT ON "PersonAlias" BEGIN
    INSERT INTO "SearchText" ("rowid", "text", "kind", "entityId") VALUES (new."id" * 16 + 6, new."name", 'person', new."personId");
END;
CREATE TRIGGER "PersonAlias_search_update" AFTER UPDATE OF "name", "personId" ON "PersonAlias" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = old."id" * 16 + 6;
    INSERT INTO "SearchText" ("rowid", "text", "kind", "entityId") VALUES (new."id" * 16 + 6, new."name", 'person', new."personId");
END;
CREATE TRIGGER "PersonAlias_search_delete" AFTER DELETE ON "PersonAlias" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = old."id" * 16 + 6;
END;
CREATE TRIGGER "OrganizationAlias_search_insert" AFTER INSERT ON "OrganizationAlias" BEGIN
    INSERT INTO "SearchText" ("rowid", "text", "kind", "entityId") VALUES (new."id" * 16 + 7, new."name", 'organization', new."organizationId");
END;
CREATE TRIGGER "OrganizationAlias_search_update" AFTER UPDATE OF "name", "organizationId" ON "OrganizationAlias" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = old."id" * 16 + 7;
    INSERT INTO "SearchText" ("rowid", "text", "kind", "entityId") VALUES (new."id" * 16 + 7, new."name", 'organization', new."organizationId");
END;
CREATE TRIGGER "OrganizationAlias_search_delete" AFTER DELETE ON "OrganizationAlias" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = old."id" * 16 + 7;
END;
CREATE TRIGGER "PlaceAlias_search_insert" AFTER INSERT ON "PlaceAlias" BEGIN
    INSERT INTO "SearchText" ("rowid", "text", "kind", "entityId") VALUES (new."id" * 16 + 8, new."name", 'place', new."placeId");
END;
CREATE TRIGGER "PlaceAlias_search_update" AFTER UPDATE OF "name", "placeId" ON "PlaceAlias" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = old."id" * 16 + 8;
    INSERT INTO "SearchText" ("rowid", "text", "kind", "entityId") VALUES (new."id" * 16 + 8, new."name", 'place', new."placeId");
END;
CREATE TRIGGER "PlaceAlias_search_delete" AFTER DELETE ON "PlaceAlias" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = old."id" * 16 + 8;
END;

-- Index what was stored before this migration.
INSERT INTO "SearchText" ("rowid", "text", "kind", "entityId") SELECT "id" * 16, "title", 'article', "id" FROM "Article" WHERE "title" IS NOT NULL;
INSERT INTO "SearchText" ("rowid", "text", "kind", "entityId") SELECT "id" * 16 + 1, "body", 'article', "id" FROM "Article";
INSERT INTO "SearchText" ("rowid", "text", "kind", "entityId") SELECT "id" * 16 + 2, "name", 'person', "id" FROM "Person";
INSERT INTO "SearchText" ("rowid", "text", "kind", "entityId") SELECT "id" * 16 + 3, trim("name" || ' ' || coalesce("acronym", '')), 'organization', "id" FROM "Organization";
INSERT INTO "SearchText" ("rowid", "text", "kind", "entityId") SELECT "id" * 16 + 4, "name", 'place', "id" FROM "Place";
INSERT INTO "SearchText" ("rowid", "text", "kind", "entityId") SELECT "id" * 16 + 5, trim("summary" || ' ' || coalesce("name", '')), 'meeting', "id" FROM "Meeting";
INSERT INTO "SearchText" ("rowid", "text", "kind", "entityId") SELECT "id" * 16 + 6, "name", 'person', "personId" FROM "PersonAlias";
INSERT INTO "SearchText" ("rowid", "text", "kind", "entityId") SELECT "id" * 16 + 7, "name", 'organization', "organizationId" FROM "OrganizationAlias";
INSERT INTO "SearchText" ("rowid", "text", "kind", "entityId") SELECT "id" * 16 + 8, "name", 'place', "placeId" FROM "PlaceAlias";
