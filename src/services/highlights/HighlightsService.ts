import type { Highlight } from '../../model/Highlight';

/** Curated contributions (accepted answers, learning resources) from the intranet's highlights list. */
export interface HighlightsService {
  /** The most recent highlights of messages someone wrote, newest first. */
  getContributions(personId: string, top?: number): Promise<Highlight[]>;
}
