import { useContentTiming, type ContentTimingNames } from '../../../../hooks/useContentTiming';

export const CARD_MOUNT_MARK = 'kring:colleague-card:mount';
export const CARD_CONTENT_MARK = 'kring:colleague-card:content';
export const CARD_CONTENT_MEASURE = 'kring:colleague-card:mount-to-content';

const CARD_TIMING: ContentTimingNames = {
  mount: CARD_MOUNT_MARK,
  content: CARD_CONTENT_MARK,
  measure: CARD_CONTENT_MEASURE
};

/** Marks the card's mount and the moment the person's card is readable. */
export function useCardTiming(hasContent: boolean, settled: boolean): void {
  useContentTiming(CARD_TIMING, hasContent, settled);
}
