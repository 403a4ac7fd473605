import type { Presence } from '../../model/Presence';

/** Presence in words, preferring a telling activity ("In a meeting") over the bare availability. */
export function presenceText(presence: Presence, strings: IKringCommonStrings): string {
  switch (presence.activity) {
    case 'InAMeeting':
    case 'InAConferenceCall':
      return strings.PresenceInAMeeting;
    case 'InACall':
      return strings.PresenceInACall;
    case 'Presenting':
      return strings.PresencePresenting;
  }
  switch (presence.availability) {
    case 'Available':
    case 'AvailableIdle':
      return strings.PresenceAvailable;
    case 'Away':
      return strings.PresenceAway;
    case 'BeRightBack':
      return strings.PresenceBeRightBack;
    case 'Busy':
    case 'BusyIdle':
      return strings.PresenceBusy;
    case 'DoNotDisturb':
      return strings.PresenceDoNotDisturb;
    case 'Offline':
      return strings.PresenceOffline;
    default:
      return strings.PresenceUnknown;
  }
}
