/** Graph presence availability values, plus `Unknown` for anything else Graph may add. */
export type Availability =
  | 'Available'
  | 'AvailableIdle'
  | 'Away'
  | 'BeRightBack'
  | 'Busy'
  | 'BusyIdle'
  | 'DoNotDisturb'
  | 'Offline'
  | 'PresenceUnknown'
  | 'Unknown';

export interface Presence {
  availability: Availability;
  /** Graph's finer-grained activity, e.g. `InACall`, `InAMeeting`, `Presenting`. */
  activity?: string;
}

const KNOWN: readonly Availability[] = [
  'Available',
  'AvailableIdle',
  'Away',
  'BeRightBack',
  'Busy',
  'BusyIdle',
  'DoNotDisturb',
  'Offline',
  'PresenceUnknown'
];

export interface GraphPresencePayload {
  id?: string | null;
  availability?: string | null;
  activity?: string | null;
}

/** Maps a Graph `presence` resource; unknown availability values become `Unknown` instead of failing. */
export function toPresence(payload: GraphPresencePayload | null | undefined): Presence {
  const availability = KNOWN.find((value) => value === payload?.availability) ?? 'Unknown';
  const activity = typeof payload?.activity === 'string' && payload.activity !== '' ? payload.activity : undefined;
  return { availability, activity };
}

/** The Fluent v9 `PresenceBadge` status that shows an availability. */
export type PresenceBadgeStatus = 'available' | 'away' | 'busy' | 'do-not-disturb' | 'offline' | 'unknown';

export function presenceBadgeStatus(availability: Availability): PresenceBadgeStatus {
  switch (availability) {
    case 'Available':
    case 'AvailableIdle':
      return 'available';
    case 'Away':
    case 'BeRightBack':
      return 'away';
    case 'Busy':
    case 'BusyIdle':
      return 'busy';
    case 'DoNotDisturb':
      return 'do-not-disturb';
    case 'Offline':
      return 'offline';
    default:
      return 'unknown';
  }
}
