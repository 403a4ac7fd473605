import type { Faker } from '@faker-js/faker';
import type { MessageRow } from '../../shared/store/rows';
import { TENANT_ID } from './organisation';
import type { SeededGroup } from './groups';
import { userIdentitySet } from '../views/teamworkIdentity';

function membersAdded(faker: Faker, group: SeededGroup, initiator: string, at: string): object {
  const members = faker.helpers.arrayElements(group.memberIds, { min: 1, max: Math.min(4, group.memberIds.length) });
  return {
    '@odata.type': '#microsoft.graph.membersAddedEventMessageDetail',
    visibleHistoryStartDateTime: '0001-01-01T00:00:00Z',
    members: members.map((id) => ({ id, displayName: null, userIdentityType: 'aadUser', tenantId: TENANT_ID })),
    initiator: userIdentitySet(initiator),
    createdAt: at
  };
}

function descriptionUpdated(group: SeededGroup, initiator: string): object {
  return {
    '@odata.type': '#microsoft.graph.teamDescriptionUpdatedEventMessageDetail',
    teamId: group.id,
    teamDescription: group.definition.description,
    initiator: userIdentitySet(initiator)
  };
}

/**
 * System event messages of a General channel ("Get system messages for Microsoft Teams"): members added, and once
 * the description updated. Body `<systemEventMessage/>`, no author; the initiator is in `eventDetail`.
 */
export function seedSystemEvents(
  faker: Faker,
  group: SeededGroup,
  start: number,
  end: number,
  uniqueId: (time: number) => string
): MessageRow[] {
  const count = faker.number.int({ min: 2, max: 4 });
  return Array.from({ length: count }, (_unused, index) => {
    const created = faker.number.int({ min: start, max: end });
    const at = new Date(created).toISOString();
    const initiator = faker.helpers.arrayElement(group.memberIds);
    const detail = index === 0 ? descriptionUpdated(group, initiator) : membersAdded(faker, group, initiator, at);
    const row: MessageRow = {
      id: uniqueId(created),
      teamId: group.id,
      channelId: group.generalChannelId,
      replyToId: null,
      fromUserId: initiator,
      subject: null,
      bodyContentType: 'html',
      bodyContent: '<systemEventMessage/>',
      importance: 'normal',
      createdDateTime: at,
      lastModifiedDateTime: at,
      deletedDateTime: null,
      mentions: '[]',
      attachments: '[]',
      reactions: '[]',
      etag: String(created),
      messageType: 'systemEventMessage',
      eventDetail: JSON.stringify(detail)
    };
    return row;
  });
}
