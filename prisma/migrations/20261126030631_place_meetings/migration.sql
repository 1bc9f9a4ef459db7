-- CreateTable
CREATE TABLE "PlaceMeeting" (
    "placeId" INTEGER NOT NULL,
    "meetingId" INTEGER NOT NULL,

    PRIMARY KEY ("placeId", "meetingId"),
    CONSTRAINT "PlaceMeeting_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PlaceMeeting_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PlaceMeeting_meetingId_idx" ON "PlaceMeeting"("meetingId");

-- Triggers keep one row per (place, meeting) for the meeting's location and venue, so writers
-- need not know the table exists; a deleted meeting's rows go by cascade.
CREATE TRIGGER "Meeting_places_insert" AFTER INSERT ON "Meeting" BEGIN
    INSERT INTO "PlaceMeeting" ("placeId", "meetingId") SELECT new."locationId", new."id" WHERE new."locationId" IS NOT NULL;
    INSERT INTO "PlaceMeeting" ("placeId", "meetingId") SELECT new."venueId", new."id" WHERE new."venueId" IS NOT NULL
    ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER "Meeting_places_update" AFTER UPDATE OF "locationId", "venueId" ON "Meeting" BEGIN
    DELETE FROM "PlaceMeeting" WHERE "meetingId" = old."id";
    INSERT INTO "PlaceMeeting" ("placeId", "meetingId") SELECT new."locationId", new."id" WHERE new."locationId" IS NOT NULL;
    INSERT INTO "PlaceMeeting" ("placeId", "meetingId") SELECT new."venueId", new."id" WHERE new."venueId" IS NOT NULL
    ON CONFLICT DO NOTHING;
END;

-- The pairs of what was stored before this migration.
INSERT INTO "PlaceMeeting" ("placeId", "meetingId")
SELECT "locationId", "id" FROM "Meeting" WHERE "locationId" IS NOT NULL
UNION SELECT "venueId", "id" FROM "Meeting" WHERE "venueId" IS NOT NULL;
