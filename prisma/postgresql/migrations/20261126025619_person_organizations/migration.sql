-- CreateTable
CREATE TABLE "PersonOrganization" (
    "personId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "firstRoleId" INTEGER NOT NULL,

    CONSTRAINT "PersonOrganization_pkey" PRIMARY KEY ("personId","organizationId")
);

-- CreateIndex
CREATE INDEX "PersonOrganization_personId_firstRoleId_idx" ON "PersonOrganization"("personId", "firstRoleId");

-- CreateIndex
CREATE INDEX "PersonOrganization_organizationId_firstRoleId_idx" ON "PersonOrganization"("organizationId", "firstRoleId");

-- AddForeignKey
ALTER TABLE "PersonOrganization" ADD CONSTRAINT "PersonOrganization_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonOrganization" ADD CONSTRAINT "PersonOrganization_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A trigger keeps one row per (person, organization) with the first role stating it, so
-- writers need not know the table exists and a replaced article's roles update it as they go.
CREATE FUNCTION "Role_titled"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND OLD."organizationId" IS NOT NULL THEN
        DELETE FROM "PersonOrganization"
         WHERE "personId" = OLD."personId" AND "organizationId" = OLD."organizationId"
           AND NOT EXISTS (SELECT 1 FROM "Role" WHERE "personId" = OLD."personId" AND "organizationId" = OLD."organizationId");
        UPDATE "PersonOrganization"
           SET "firstRoleId" = (SELECT min("id") FROM "Role" WHERE "personId" = OLD."personId" AND "organizationId" = OLD."organizationId")
         WHERE "personId" = OLD."personId" AND "organizationId" = OLD."organizationId" AND "firstRoleId" = OLD."id";
    END IF;
    IF TG_OP <> 'DELETE' AND NEW."organizationId" IS NOT NULL THEN
        INSERT INTO "PersonOrganization" ("personId", "organizationId", "firstRoleId")
        VALUES (NEW."personId", NEW."organizationId", NEW."id")
        ON CONFLICT ("personId", "organizationId")
        DO UPDATE SET "firstRoleId" = least("PersonOrganization"."firstRoleId", excluded."firstRoleId");
    END IF;
    RETURN NULL;
END $$;
-- An organization deleted sets its roles' organizationId to null; its pairs go by cascade.
CREATE TRIGGER "Role_titled" AFTER INSERT OR DELETE OR UPDATE OF "personId", "organizationId" ON "Role"
    FOR EACH ROW EXECUTE FUNCTION "Role_titled"();

-- The pairs of what was stored before this migration.
INSERT INTO "PersonOrganization" ("personId", "organizationId", "firstRoleId")
SELECT "personId", "organizationId", min("id") FROM "Role" WHERE "organizationId" IS NOT NULL GROUP BY "personId", "organizationId";
