import { multiValue, type SpMultiValue } from '../spFieldValues';
import type { InterestGroup, JobFunctionRule } from './InterestGroup';

/** An item of the Kring Interest Groups list as selected by the groups service. */
export interface SpInterestGroupItem {
  Id?: number | null;
  Title?: string | null;
  GroupId?: string | null;
  JobFunctions?: SpMultiValue;
  Topics?: SpMultiValue;
  Featured?: boolean | null;
  FeedChannelId?: string | null;
  /** Entra ids of the group's curators, separated by `;` (a Note column). */
  Curators?: string | null;
}

/** An item of the Kring Job Functions list. */
export interface SpJobFunctionItem {
  Title?: string | null;
  JobFunction?: string | null;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The curators' ids of a `Curators` value (`id;id`), lower case, without empty or repeated ones. */
export function curatorIdsOf(value: string | null | undefined): string[] {
  if (typeof value !== 'string') return [];
  const ids = value.split(';').map((id) => id.trim().toLowerCase());
  return ids.filter((id, index) => id !== '' && ids.indexOf(id) === index);
}

/**
 * Maps a registry item; undefined when it names no group by a valid object id. Description and visibility are
 * Graph's to tell: until they are read the group is `Unknown`.
 */
export function toInterestGroup(item: SpInterestGroupItem): InterestGroup | undefined {
  const id = text(item.GroupId);
  if (!id || !GUID.test(id) || typeof item.Id !== 'number') {
    return undefined;
  }
  return {
    id: id.toLowerCase(),
    registryItemId: item.Id,
    displayName: text(item.Title) ?? id,
    description: '',
    visibility: 'Unknown',
    jobFunctions: multiValue(item.JobFunctions),
    topics: multiValue(item.Topics),
    featured: item.Featured === true,
    feedChannelId: text(item.FeedChannelId),
    curatorIds: curatorIdsOf(item.Curators)
  };
}

export function toJobFunctionRule(item: SpJobFunctionItem): JobFunctionRule | undefined {
  const titlePart = text(item.Title);
  const jobFunction = text(item.JobFunction);
  return titlePart && jobFunction ? { titlePart, jobFunction } : undefined;
}
