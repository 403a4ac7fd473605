import type { CanvasLayout, WebPartId } from './workbenchQuery';

/** A SharePoint section's columns: one full-width column, two halves, or one-third columns of 320 px. */
export type SectionColumns = 'full' | 'half' | 'oneThird';

export interface CanvasSection {
  columns: SectionColumns;
  webParts: readonly WebPartId[];
}

const ALL: readonly WebPartId[] = ['interestGroupFeed', 'colleagueCard', 'whoKnowsWhat'];

const SECTIONS: Record<CanvasLayout, readonly CanvasSection[]> = {
  // As a site owner would lay Kring out: the feed across the page, the card and the directory side by side.
  sample: [
    { columns: 'full', webParts: ['interestGroupFeed'] },
    { columns: 'half', webParts: ['colleagueCard', 'whoKnowsWhat'] }
  ],
  oneThird: [{ columns: 'oneThird', webParts: ALL }],
  half: [{ columns: 'half', webParts: ALL }],
  full: [{ columns: 'full', webParts: ALL }]
};

/** The page's sections in a layout; every layout but the sample page puts each web part in a column of its kind. */
export function canvasSections(layout: CanvasLayout): readonly CanvasSection[] {
  return SECTIONS[layout];
}
