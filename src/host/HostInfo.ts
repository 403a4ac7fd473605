import type { Theme } from '@fluentui/react-components';

/**
 * Where a web part is running. `workbench` is the local workbench's SharePoint page (mapped like a SharePoint page);
 * the workbench's Teams tab reports `teams`, as a web part inside Teams does.
 */
export type HostKind = 'sharepoint' | 'teams' | 'workbench';

/** The locales Kring ships strings for. */
export type KringLocale = 'en-us' | 'nl-nl';

/** The signed-in user as the host reports it (no Graph call needed). */
export interface HostUser {
  /** Entra object id when the host knows it (Teams does; SharePoint pages expose the AAD id too). */
  id?: string;
  loginName: string;
  displayName: string;
  email?: string;
}

/** Team and channel of a Teams tab that sits in a team. */
export interface HostTeamContext {
  teamId?: string;
  channelId?: string;
  groupId?: string;
}

/** What React needs to know about the host: never the whole SPFx context. */
export interface HostInfo {
  kind: HostKind;
  theme: Theme;
  /** True for dark and high-contrast themes, so components can pick imagery. */
  isDarkTheme: boolean;
  isHighContrast: boolean;
  locale: KringLocale;
  user: HostUser;
  team?: HostTeamContext;
  /** Inside Teams, the `subEntityId` of the deep link the tab was opened with (teams-js `page.subPageId`). */
  subPageId?: string;
  /** The page is being edited (SPFx `DisplayMode.Edit`, the workbench's edit mode): editors see Kring's health check. */
  isEditMode?: boolean;
  /** Opens a chat with someone; in Teams through teams-js, elsewhere a deep link. */
  openUrl?: (url: string) => void;
  /**
   * Starts a Teams chat with someone by user principal name, in Teams through teams-js `chat.openChat`. When the
   * host leaves it out, contact actions fall back to the Teams chat deep link.
   */
  openChat?: (userPrincipalName: string) => Promise<void>;
}
