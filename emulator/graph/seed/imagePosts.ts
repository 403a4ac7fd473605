import type { Faker } from '@faker-js/faker';
import type { HostedContentRow, MessageRow } from '../../shared/store/rows';
import { ORIGIN_PLACEHOLDER } from '../views/messageView';
import type { SeededGroup } from './groups';
import { barChartImage, hostedContentId } from './hostedImages';
import { documentLink, reactionsFor } from './messages';

const CAPTIONS = [
  'De resultaten van onze enquête over {topic}, zie de grafiek:',
  'Our pilot on {topic} in one picture:',
  'Zo zag de verdeling eruit na de evaluatie van {topic}. Het volledige verslag staat in de bijlage.'
];

export interface ImagePost {
  message: MessageRow;
  hostedContents: HostedContentRow[];
}

/** A post with a pasted image (hosted content) and, sometimes, an intranet document attached as a reference. */
export function seedImagePost(
  faker: Faker,
  group: SeededGroup,
  topic: string,
  created: number,
  end: number,
  id: string
): ImagePost {
  const image = barChartImage(faker);
  const contentId = hostedContentId(id, 1);
  const src = `${ORIGIN_PLACEHOLDER}/v1.0/teams/${group.id}/channels/${group.generalChannelId}/messages/${id}/hostedContents/${contentId}/$value`;
  const caption = faker.helpers.arrayElement(CAPTIONS);
  let content = `<p>${caption.replace('{topic}', topic)}</p><p><img src="${src}" width="${image.width}" height="${image.height}" alt="image" itemid="${contentId}"></p>`;
  const attachments: object[] = [];
  if (caption.includes('bijlage') || faker.number.float() < 0.4) {
    const link = documentLink(faker);
    attachments.push(link.attachment);
    content += `<attachment id="${(link.attachment as { id: string }).id}"></attachment>`;
  }
  const at = new Date(created).toISOString();
  const message: MessageRow = {
    id,
    teamId: group.id,
    channelId: group.generalChannelId,
    replyToId: null,
    fromUserId: faker.helpers.arrayElement(group.memberIds),
    subject: null,
    bodyContentType: 'html',
    bodyContent: content,
    importance: 'normal',
    createdDateTime: at,
    lastModifiedDateTime: at,
    deletedDateTime: null,
    mentions: '[]',
    attachments: JSON.stringify(attachments),
    reactions: reactionsFor(faker, group.memberIds, created, end),
    etag: String(created),
    messageType: 'message',
    eventDetail: null
  };
  return {
    message,
    hostedContents: [
      { channelId: group.generalChannelId, messageId: id, id: contentId, contentType: 'image/png', bytes: image.bytes }
    ]
  };
}
