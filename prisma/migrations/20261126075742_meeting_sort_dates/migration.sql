-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MeetingOrganization" (
    "meetingId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "meetingDate" DATETIME NOT NULL,

    PRIMARY KEY ("meetingId", "organizationId"),
    CONSTRAINT "MeetingOrganization_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingOrganization_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- The meeting's date for the rows stored before this migration (an undated meeting sorts as
-- 0001-01-01, last).
INSERT INTO "new_MeetingOrganization" ("meetingId", "organizationId", "meetingDate")
SELECT r."meetingId", r."organizationId", coalesce(m."date", '0001-01-01T00:00:00.000+00:00')
FROM "MeetingOrganization" r JOIN "Meeting" m ON m."id" = r."meetingId";
DROP TABLE "MeetingOrganization";
ALTER TABLE "new_MeetingOrganization" RENAME TO "MeetingOrganization";
CREATE INDEX "MeetingOrganization_organizationId_meetingDate_meetingId_idx" ON "MeetingOrganization"("organizationId", "meetingDate", "meetingId");
CREATE TABLE "new_MeetingParticipant" (
    "meetingId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "meetingDate" DATETIME NOT NULL,

    PRIMARY KEY ("meetingId", "personId"),
    CONSTRAINT "MeetingParticipant_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingParticipant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- The meeting's date for the rows stored before this migration (an undated meeting sorts as
-- 0001-01-01, last).
INSERT INTO "new_MeetingParticipant" ("meetingId", "personId", "meetingDate")
SELECT r."meetingId", r."personId", coalesce(m."date", '0001-01-01T00:00:00.000+00:00')
FROM "MeetingParticipant" r JOIN "Meeting" m ON m."id" = r."meetingId";
DROP TABLE "MeetingParticipant";
ALTER TABLE "new_MeetingParticipant" RENAME TO "MeetingParticipant";
CREATE INDEX "MeetingParticipant_personId_meetingDate_meetingId_idx" ON "MeetingParticipant"("personId", "meetingDate", "meetingId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
