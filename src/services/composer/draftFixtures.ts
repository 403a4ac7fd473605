import type { Draft, DraftTarget } from '../../model/composer/Draft';
import { draftContentFromText } from '../../model/composer/plainTextDraft';

export const GROUP = 'group-1';
export const CHANNEL = '19:general@thread.tacv2';

/** A plain-text draft for the composer's tests, in `GROUP`'s channel unless the target says otherwise. */
export function draftFor(
  target: Partial<DraftTarget>,
  text: string,
  updated: string = '2026-12-03T10:00:00.000Z'
): Draft {
  return {
    target: { groupId: GROUP, channelId: CHANNEL, ...target },
    content: draftContentFromText(text),
    attachments: [],
    updated
  };
}
