-- CreateTable
CREATE TABLE "PlaceMeeting" (
    "placeId" INTEGER NOT NULL,
    "meetingId" INTEGER NOT NULL,

    CONSTRAINT "PlaceMeeting_pkey" PRIMARY KEY ("placeId","meetingId")
);

-- CreateIndex
CREATE INDEX "PlaceMeeting_meetingId_idx" ON "PlaceMeeting"("meetingId");

-- AddForeignKey
ALTER TABLE "PlaceMeeting" ADD CONSTRAINT "PlaceMeeting_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlaceMeeting" ADD CONSTRAINT "PlaceMeeting_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A trigger keeps one row per (place, meeting) for the meeting's location and venue, so
-- writers need not know the table exists; a deleted meeting's rows go by cascade.
CREATE FUNCTION "Meeting_places"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM "PlaceMeeting" WHERE "meetingId" = OLD."id";
    END IF;
    INSERT INTO "PlaceMeeting" ("placeId", "meetingId")
    SELECT place, NEW."id" FROM unnest(ARRAY[NEW."locationId", NEW."venueId"]) AS place WHERE place IS NOT NULL
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER "Meeting_places" AFTER INSERT OR UPDATE OF "locationId", "venueId" ON "Meeting"
    FOR EACH ROW EXECUTE FUNCTION "Meeting_places"();

-- The pairs of what was stored before this migration.
INSERT INTO "PlaceMeeting" ("placeId", "meetingId")
SELECT "locationId", "id" FROM "Meeting" WHERE "locationId" IS NOT NULL
UNION SELECT "venueId", "id" FROM "Meeting" WHERE "venueId" IS NOT NULL;
