// After an article is replaced, entities that only it referred to are removed; entities still
// referred to by other articles, meetings or entities stay.
import type { Db } from '../db/client.ts';

export async function removeOrphans(tx: Db): Promise<void> {
  await tx.meeting.deleteMany({ where: { sources: { none: {} } } });
  await tx.person.deleteMany({ where: { mentions: { none: {} }, roles: { none: {} }, meetings: { none: {} } } });
  await tx.organization.deleteMany({
    where: { mentions: { none: {} }, roles: { none: {} }, meetings: { none: {} }, children: { none: {} } },
  });
  await tx.place.deleteMany({
    where: {
      mentions: { none: {} }, people: { none: {} }, organizations: { none: {} }, roles: { none: {} },
      meetingsLocated: { none: {} }, meetingsHosted: { none: {} }, reportsLocated: { none: {} }, reportsHosted: { none: {} },
      datelineOf: { none: {} },
      children: { none: {} }, countryOf: { none: {} },
    },
  });
}
