import { ChannelMessageThrottle } from './throttling/channelMessageThrottle';

/**
 * How self-service membership changes are answered. `documented`: Graph's "Add members" / "Remove member" pages
 * require a role such as group owner of a delegated caller, so an ordinary member may not add or remove anyone,
 * herself included. `permissive`: what field reports describe (SharePoint/sp-dev-docs#4960): a public group accepts
 * a user joining or leaving herself, a private group refuses.
 */
export type MembershipPolicy = 'documented' | 'permissive';

export interface MembershipSettings {
  selfService: MembershipPolicy;
}

export const DEFAULT_MEMBERSHIP_SETTINGS: MembershipSettings = { selfService: 'documented' };

/** The switchable parts of how the Graph half behaves; `POST /_emulator/reset` puts them back to Graph's defaults. */
export class GraphBehaviour {
  public readonly throttle = new ChannelMessageThrottle();
  public membership: MembershipSettings = DEFAULT_MEMBERSHIP_SETTINGS;

  public reset(): void {
    this.throttle.reset();
    this.membership = DEFAULT_MEMBERSHIP_SETTINGS;
  }
}
