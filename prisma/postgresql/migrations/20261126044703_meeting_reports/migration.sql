-- DropIndex
DROP INDEX "MeetingSource_meetingId_articleId_key";

-- AlterTable
ALTER TABLE "MeetingSource" ADD COLUMN     "date" TIMESTAMP(3),
ADD COLUMN     "datePrecision" "DatePrecision" NOT NULL DEFAULT 'unknown',
ADD COLUMN     "locationId" INTEGER,
ADD COLUMN     "memberKeys" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "name" TEXT,
ADD COLUMN     "status" "MeetingStatus" NOT NULL DEFAULT 'held',
ADD COLUMN     "venueId" INTEGER;

-- CreateIndex
CREATE INDEX "MeetingSource_meetingId_idx" ON "MeetingSource"("meetingId");

-- CreateIndex
CREATE INDEX "MeetingSource_name_idx" ON "MeetingSource"("name");

-- CreateIndex
CREATE INDEX "MeetingSource_date_idx" ON "MeetingSource"("date");

-- AddForeignKey
ALTER TABLE "MeetingSource" ADD CONSTRAINT "MeetingSource_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingSource" ADD CONSTRAINT "MeetingSource_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Reports stored before this migration take their meeting's facts as theirs.
UPDATE "MeetingSource" s SET
    "name" = m."name", "date" = m."date", "datePrecision" = m."datePrecision", "status" = m."status",
    "locationId" = m."locationId", "venueId" = m."venueId",
    "memberKeys" = coalesce((SELECT string_agg(k, ' ' ORDER BY k) FROM (
        SELECT 'p' || "personId" AS k FROM "MeetingParticipant" WHERE "meetingId" = m."id"
        UNION SELECT 'o' || "organizationId" FROM "MeetingOrganization" WHERE "meetingId" = m."id") keys), '')
FROM "Meeting" m WHERE m."id" = s."meetingId";
