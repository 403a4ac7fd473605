import * as React from 'react';
import { parseWorkbenchQuery } from './workbenchQuery';
import type { HostInfo, KringLocale } from '../../src/host/HostInfo';
import { connectTeamsHost, withTeamsActions } from '../../src/host/teamsHost';
import { teamsThemeOf, type ThemeName } from '../../src/host/themes';
import { hostInfoForWorkbenchPage, workbenchSectionTheme } from '../../src/host/workbenchHost';
import type { Session } from './useSession';
import { WorkbenchTeamsApp, workbenchTeamsContext, type ChannelTab } from './workbenchTeams';
import { simulatedTeamsJs, teamsActionsOf, type TeamsCallListener } from './workbenchTeamsActions';
import type { PageMode, WorkbenchHostKind } from './workbenchQuery';

function openInNewWindow(url: string): void {
  window.open(url, '_blank', 'noopener,noreferrer');
}

interface HostChoice {
  host: WorkbenchHostKind;
  theme: ThemeName;
  locale: KringLocale;
  mode?: PageMode;
  /** The team and channel when the Teams tab is a channel tab; undefined for a personal app tab. */
  channelTab?: ChannelTab;
  /** Hears what the Teams tab asks the simulated Teams client to do (open a chat, follow a deep link). */
  onTeamsCall: TeamsCallListener;
}

/** The SharePoint page's HostInfo, through the SharePoint mapping. */
function usePageHost(choice: HostChoice, session: Session | undefined): HostInfo | undefined {
  return React.useMemo(() => {
    if (!session || choice.host !== 'sharepoint') {
      return undefined;
    }
    const host = hostInfoForWorkbenchPage({
      theme: workbenchSectionTheme(choice.theme),
      uiCultureName: choice.locale,
      user: session.user
    });
    return { ...host, openUrl: openInNewWindow };
  }, [choice.host, choice.theme, choice.locale, session]);
}

function useLatest<T>(value: T): React.MutableRefObject<T> {
  const ref = React.useRef(value);
  ref.current = value;
  return ref;
}

/**
 * The Teams tab's HostInfo: teams-js's context and theme change handler as the workbench supplies them, through
 * the same `connectTeamsHost` production uses, with chats and links going through the simulated teams-js as in
 * Teams. A theme picked later reaches it as a Teams theme change.
 */
function useTeamsHost(choice: HostChoice, session: Session | undefined): HostInfo | undefined {
  const [host, setHost] = React.useState<HostInfo | undefined>(undefined);
  const [app, setApp] = React.useState<WorkbenchTeamsApp | undefined>(undefined);
  const themeRef = useLatest(choice.theme);
  const onTeamsCall = useLatest(choice.onTeamsCall);
  const inTeams = choice.host === 'teams';

  React.useEffect(() => {
    setHost(undefined);
    setApp(undefined);
    if (!session || !inTeams) {
      return undefined;
    }
    let current = true;
    const { user } = session;
    const teamsApp = new WorkbenchTeamsApp(
      workbenchTeamsContext({
        user: { id: user.id, displayName: user.displayName, userPrincipalName: user.loginName },
        locale: choice.locale,
        theme: teamsThemeOf(themeRef.current),
        channelTab: choice.channelTab,
        subPageId: parseWorkbenchQuery(window.location.search).subEntityId
      })
    );
    const actions = teamsActionsOf(simulatedTeamsJs((call) => current && onTeamsCall.current(call)));
    const withActions = (next: HostInfo): HostInfo => withTeamsActions(next, actions);
    connectTeamsHost(teamsApp, user, (next) => current && setHost(withActions(next))).then(
      (first) => {
        if (current) {
          setHost(withActions(first));
          setApp(teamsApp);
        }
      },
      () => undefined
    );
    return () => {
      current = false;
    };
  }, [session, inTeams, choice.locale, choice.channelTab, themeRef, onTeamsCall]);

  React.useEffect(() => {
    app?.changeTheme(teamsThemeOf(choice.theme));
  }, [app, choice.theme]);

  return inTeams ? host : undefined;
}

export function useWorkbenchHost(choice: HostChoice, session: Session | undefined): HostInfo | undefined {
  const page = usePageHost(choice, session);
  const teams = useTeamsHost(choice, session);
  const host = choice.host === 'teams' ? teams : page;
  const isEditMode = choice.mode === 'edit';
  return React.useMemo(() => host && { ...host, isEditMode }, [host, isEditMode]);
}
