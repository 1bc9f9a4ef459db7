-- DropIndex
DROP INDEX "MeetingOrganization_organizationId_idx";

-- DropIndex
DROP INDEX "MeetingParticipant_personId_idx";

-- AlterTable: the meeting's date for the rows stored before this migration (an undated
-- meeting sorts as 0001-01-01, last), then NOT NULL.
ALTER TABLE "MeetingOrganization" ADD COLUMN     "meetingDate" TIMESTAMP(3);
UPDATE "MeetingOrganization" r SET "meetingDate" = coalesce(m."date", '0001-01-01 00:00:00') FROM "Meeting" m WHERE m."id" = r."meetingId";
ALTER TABLE "MeetingOrganization" ALTER COLUMN "meetingDate" SET NOT NULL;

-- AlterTable: the meeting's date for the rows stored before this migration (an undated
-- meeting sorts as 0001-01-01, last), then NOT NULL.
ALTER TABLE "MeetingParticipant" ADD COLUMN     "meetingDate" TIMESTAMP(3);
UPDATE "MeetingParticipant" r SET "meetingDate" = coalesce(m."date", '0001-01-01 00:00:00') FROM "Meeting" m WHERE m."id" = r."meetingId";
ALTER TABLE "MeetingParticipant" ALTER COLUMN "meetingDate" SET NOT NULL;

-- CreateIndex
CREATE INDEX "MeetingOrganization_organizationId_meetingDate_meetingId_idx" ON "MeetingOrganization"("organizationId", "meetingDate", "meetingId");

-- CreateIndex
CREATE INDEX "MeetingParticipant_personId_meetingDate_meetingId_idx" ON "MeetingParticipant"("personId", "meetingDate", "meetingId");
