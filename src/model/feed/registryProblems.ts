import type { InterestGroup } from './InterestGroup';

/**
 * What can be wrong with a registry entry, as Graph tells: the Microsoft 365 group was deleted (`groupGone`), it has
 * no team, so no channels to be a feed (`noTeam`), or the entry's feed channel was deleted (`channelGone`).
 */
export type RegistryProblemKind = 'groupGone' | 'noTeam' | 'channelGone';

export interface RegistryProblem {
  kind: RegistryProblemKind;
  /** The entry with the problem. */
  group: InterestGroup;
}

/** The fix a curator is offered: remove the entry, or make the team's General channel its feed. */
export type RegistryFix = { action: 'remove'; itemId: number } | { action: 'useGeneral'; itemId: number };

/** What Graph answered about one registry group. */
export interface GroupCheck {
  /** False when the group was not found in the directory. */
  exists: boolean;
  /**
   * The team's channel ids; `noTeam` for a 404 on the team; `unknown` when the channels could not be read (a private
   * team the curator is not in answers 403), so nothing is reported about the team or its channel.
   */
  channels: ReadonlySet<string> | 'noTeam' | 'unknown';
}

function problemOf(group: InterestGroup, check: GroupCheck | undefined): RegistryProblemKind | undefined {
  if (!check) return undefined;
  if (!check.exists) return 'groupGone';
  if (check.channels === 'noTeam') return 'noTeam';
  if (check.channels === 'unknown' || !group.feedChannelId) return undefined;
  return check.channels.has(group.feedChannelId) ? undefined : 'channelGone';
}

const ORDER: Readonly<Record<RegistryProblemKind, number>> = { groupGone: 0, noTeam: 1, channelGone: 2 };

/** The registry's problems, worst first (a gone group before a missing team before a gone channel), then by name. */
export function registryProblems(
  groups: readonly InterestGroup[],
  checks: ReadonlyMap<string, GroupCheck>
): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  for (const group of groups) {
    const kind = problemOf(group, checks.get(group.id.toLowerCase()));
    if (kind) problems.push({ kind, group });
  }
  return problems.sort(
    (a, b) => ORDER[a.kind] - ORDER[b.kind] || a.group.displayName.localeCompare(b.group.displayName, 'nl')
  );
}

/** A gone group or a group without a team cannot be a feed: remove the entry. A gone channel: back to General. */
export function fixFor(problem: RegistryProblem): RegistryFix {
  const itemId = problem.group.registryItemId;
  return problem.kind === 'channelGone' ? { action: 'useGeneral', itemId } : { action: 'remove', itemId };
}
