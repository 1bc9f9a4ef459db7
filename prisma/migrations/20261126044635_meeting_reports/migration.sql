-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MeetingSource" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "sentenceId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "name" TEXT,
    "date" DATETIME,
    "datePrecision" TEXT NOT NULL DEFAULT 'unknown',
    "status" TEXT NOT NULL DEFAULT 'held',
    "locationId" INTEGER,
    "venueId" INTEGER,
    "memberKeys" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "MeetingSource_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingSource_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingSource_sentenceId_fkey" FOREIGN KEY ("sentenceId") REFERENCES "Sentence" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingSource_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "MeetingSource_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Reports stored before this migration take their meeting's facts as theirs.
INSERT INTO "new_MeetingSource" ("articleId", "end", "id", "meetingId", "sentenceId", "start", "summary",
    "name", "date", "datePrecision", "status", "locationId", "venueId", "memberKeys")
SELECT s."articleId", s."end", s."id", s."meetingId", s."sentenceId", s."start", s."summary",
    m."name", m."date", m."datePrecision", m."status", m."locationId", m."venueId",
    coalesce((SELECT group_concat(k, ' ') FROM (
        SELECT 'p' || "personId" AS k FROM "MeetingParticipant" WHERE "meetingId" = m."id"
        UNION SELECT 'o' || "organizationId" FROM "MeetingOrganization" WHERE "meetingId" = m."id" ORDER BY k)), '')
FROM "MeetingSource" s JOIN "Meeting" m ON m."id" = s."meetingId";
DROP TABLE "MeetingSource";
ALTER TABLE "new_MeetingSource" RENAME TO "MeetingSource";
CREATE INDEX "MeetingSource_meetingId_idx" ON "MeetingSource"("meetingId");
CREATE INDEX "MeetingSource_articleId_idx" ON "MeetingSource"("articleId");
CREATE INDEX "MeetingSource_name_idx" ON "MeetingSource"("name");
CREATE INDEX "MeetingSource_date_idx" ON "MeetingSource"("date");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
