-- CreateTable
CREATE TABLE "PersonOrganization" (
    "personId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "firstRoleId" INTEGER NOT NULL,

    PRIMARY KEY ("personId", "organizationId"),
    CONSTRAINT "PersonOrganization_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PersonOrganization_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PersonOrganization_personId_firstRoleId_idx" ON "PersonOrganization"("personId", "firstRoleId");

-- CreateIndex
CREATE INDEX "PersonOrganization_organizationId_firstRoleId_idx" ON "PersonOrganization"("organizationId", "firstRoleId");

-- Triggers keep one row per (person, organization) with the first role stating it, so writers
-- need not know the table exists and a replaced article's roles update it as they go.
CREATE TRIGGER "Role_titled_insert" AFTER INSERT ON "Role" WHEN new."organizationId" IS NOT NULL BEGIN
    INSERT INTO "PersonOrganization" ("personId", "organizationId", "firstRoleId")
    VALUES (new."personId", new."organizationId", new."id")
    ON CONFLICT ("personId", "organizationId") DO UPDATE SET "firstRoleId" = min("firstRoleId", excluded."firstRoleId");
END;
CREATE TRIGGER "Role_titled_delete" AFTER DELETE ON "Role" WHEN old."organizationId" IS NOT NULL BEGIN
    DELETE FROM "PersonOrganization"
     WHERE "personId" = old."personId" AND "organizationId" = old."organizationId"
       AND NOT EXISTS (SELECT 1 FROM "Role" WHERE "personId" = old."personId" AND "organizationId" = old."organizationId");
    UPDATE "PersonOrganization"
       SET "firstRoleId" = (SELECT min("id") FROM "Role" WHERE "personId" = old."personId" AND "organizationId" = old."organizationId")
     WHERE "personId" = old."personId" AND "organizationId" = old."organizationId" AND "firstRoleId" = old."id";
END;
-- An organization deleted sets its roles' organizationId to null; its pairs go by cascade.
CREATE TRIGGER "Role_titled_update" AFTER UPDATE OF "personId", "organizationId" ON "Role" BEGIN
    DELETE FROM "PersonOrganization"
     WHERE "personId" = old."personId" AND "organizationId" = old."organizationId"
       AND NOT EXISTS (SELECT 1 FROM "Role" WHERE "personId" = old."personId" AND "organizationId" = old."organizationId");
    INSERT INTO "PersonOrganization" ("personId", "organizationId", "firstRoleId")
    SELECT new."personId", new."organizationId", new."id" WHERE new."organizationId" IS NOT NULL
    ON CONFLICT ("personId", "organizationId") DO UPDATE SET "firstRoleId" = min("firstRoleId", excluded."firstRoleId");
END;

-- The pairs of what was stored before this migration.
INSERT INTO "PersonOrganization" ("personId", "organizationId", "firstRoleId")
SELECT "personId", "organizationId", min("id") FROM "Role" WHERE "organizationId" IS NOT NULL GROUP BY "personId", "organizationId";
