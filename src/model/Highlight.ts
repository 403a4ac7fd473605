import { multiValue } from './spFieldValues';

/** A message curated in the "Kring Highlights" list: an accepted answer or a learning resource. */
export interface Highlight {
  id: string;
  title: string;
  kind: 'AcceptedAnswer' | 'LearningResource';
  groupId?: string;
  contributorId: string;
  contributorName?: string;
  topics: string[];
  webUrl?: string;
  created?: string;
}

/** One item of the highlights list as SharePoint REST returns it (nometadata or verbose multi-values). */
export interface SpHighlightItem {
  Id?: number | null;
  ID?: number | null;
  Title?: string | null;
  Kind?: string | null;
  GroupId?: string | null;
  ContributorId?: string | null;
  ContributorName?: string | null;
  Topics?: string[] | { results?: string[] } | string | null;
  WebUrl?: string | { Url?: string } | null;
  Created?: string | null;
}

function safeUrl(value: SpHighlightItem['WebUrl']): string | undefined {
  const raw = typeof value === 'string' ? value : value?.Url;
  if (typeof raw !== 'string') {
    return undefined;
  }
  return /^https?:\/\//i.test(raw.trim()) ? raw.trim() : undefined;
}

/** Maps a highlights list item; items without a contributor or of an unknown kind are dropped. */
export function toHighlight(item: SpHighlightItem): Highlight | undefined {
  const id = item.Id ?? item.ID;
  const kind = item.Kind === 'AcceptedAnswer' || item.Kind === 'LearningResource' ? item.Kind : undefined;
  if (id === null || id === undefined || !kind || typeof item.ContributorId !== 'string') {
    return undefined;
  }
  return {
    id: String(id),
    title: typeof item.Title === 'string' && item.Title.trim() !== '' ? item.Title.trim() : '',
    kind,
    groupId: item.GroupId ?? undefined,
    contributorId: item.ContributorId,
    contributorName: item.ContributorName ?? undefined,
    topics: multiValue(item.Topics),
    webUrl: safeUrl(item.WebUrl),
    created: item.Created ?? undefined
  };
}
