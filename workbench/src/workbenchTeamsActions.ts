import type { TeamsActionsLike } from '../../src/host/teamsHost';

/** What a tab asked the Teams client to do through the workbench's teams-js: open a chat, follow a deep link. */
export type TeamsCall = { kind: 'openChat'; user: string; message?: string } | { kind: 'openLink'; url: string };

export type TeamsCallListener = (call: TeamsCall) => void;

/** teams-js v2's `OpenSingleChatRequest`. */
export interface OpenSingleChatRequest {
  user: string;
  message?: string;
}

/** The parts of teams-js v2 that act inside the Teams client: `chat.openChat` and `app.openLink`. */
export interface TeamsJsActionsLike {
  app: { openLink(url: string): Promise<void> };
  chat: { openChat(request: OpenSingleChatRequest): Promise<void> };
}

/** Deep links into the Teams client, which Teams follows itself rather than handing to the browser. */
export function isTeamsDeepLink(url: string): boolean {
  return /^https:\/\/teams\.microsoft\.com\/l\//i.test(url);
}

/**
 * teams-js's `chat` and `app.openLink` as the workbench's Teams offers them: a chat, or a deep link Teams would
 * follow, is reported instead of leaving the page; any other link opens in a new window, as Teams opens web
 * links in the browser.
 */
export function simulatedTeamsJs(onCall: TeamsCallListener): TeamsJsActionsLike {
  return {
    app: {
      openLink: (url) => {
        if (isTeamsDeepLink(url)) {
          onCall({ kind: 'openLink', url });
        } else {
          window.open(url, '_blank', 'noopener,noreferrer');
        }
        return Promise.resolve();
      }
    },
    chat: {
      openChat: (request) => {
        onCall({ kind: 'openChat', user: request.user, message: request.message });
        return Promise.resolve();
      }
    }
  };
}

/** The HostInfo's Teams actions from teams-js, mapped as the SPFx web part maps the real one (`spfxHost.ts`). */
export function teamsActionsOf(teamsJs: TeamsJsActionsLike): TeamsActionsLike {
  return {
    openChat: (userPrincipalName) => teamsJs.chat.openChat({ user: userPrincipalName }),
    openLink: (url) => teamsJs.app.openLink(url)
  };
}
