import * as React from 'react';
import { FluentProvider, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens, webLightTheme } from '@fluentui/react-components';
import { fluentTheme, type ThemeName } from '../../../src/host/themes';
import type { DemoAccount, EmulatorControl } from '../emulatorControl';
import { propertiesFromQuery, propertiesToQuery, type PropertyValues } from '../propertyValues';
import { useChannelTab } from '../useChannelTab';
import { useSession } from '../useSession';
import { useWorkbenchHost } from '../useWorkbenchHost';
import { WEB_PARTS, webPart } from '../webParts';
import { teamsWebPart, toSearch, withHost, type WebPartId, type WorkbenchQuery } from '../workbenchQuery';
import { EmulatorPanel } from './EmulatorPanel';
import { PropertyPanel } from './PropertyPanel';
import { SharePointCanvas } from './SharePointCanvas';
import { TeamsTab } from './TeamsTab';
import { TopBar } from './TopBar';

export interface WorkbenchProps {
  control: EmulatorControl;
  initialQuery: WorkbenchQuery;
}

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  notice: { margin: tokens.spacingHorizontalL }
});

function initialProperties(query: WorkbenchQuery): Record<WebPartId, PropertyValues> {
  const properties = {} as Record<WebPartId, PropertyValues>;
  for (const part of WEB_PARTS) {
    const fromQuery = !query.webpart || query.webpart === part.id ? propertiesFromQuery(part.propertyPage(), query.props) : {};
    properties[part.id] = { ...part.defaultProperties, ...fromQuery };
  }
  return properties;
}

/** The chrome follows the Teams theme in Teams; on a SharePoint page the suite chrome stays light. */
function chromeTheme(theme: ThemeName): ReturnType<typeof fluentTheme> {
  return theme.startsWith('teams') ? fluentTheme(theme) : webLightTheme;
}

export function Workbench({ control, initialQuery }: WorkbenchProps): React.ReactElement {
  const styles = useStyles();
  const [query, setQuery] = React.useState(initialQuery);
  const [accounts, setAccounts] = React.useState<DemoAccount[] | undefined>(undefined);
  const [unreachable, setUnreachable] = React.useState<string | undefined>(undefined);
  const [properties, setProperties] = React.useState(() => initialProperties(initialQuery));
  const [editing, setEditing] = React.useState<WebPartId | undefined>(undefined);
  const [emulatorOpen, setEmulatorOpen] = React.useState(false);
  const [actionCount, setActionCount] = React.useState(0);

  React.useEffect(() => {
    control.accounts().then(setAccounts, (error: unknown) => setUnreachable(String(error)));
  }, [control]);

  const sessionState = useSession(control, accounts, query.user);
  const session = sessionState.status === 'ready' ? sessionState.session : undefined;
  const shownInTeams = teamsWebPart(query);
  const channelTab = useChannelTab(control.graphUrl, session, query.host === 'teams' && shownInTeams === 'interestGroupFeed');
  const host = useWorkbenchHost(
    { host: query.host, theme: query.theme, locale: query.locale, channelTab: channelTab.status === 'ready' ? channelTab.tab : undefined },
    channelTab.status === 'ready' ? session : undefined
  );

  /** Every change starts a new "last action": the request log is cleared first, so it shows what this change asked. */
  const act = (next: WorkbenchQuery, after?: () => void): void => {
    const reload = next.locale !== query.locale;
    control
      .clearRequests()
      .catch(() => undefined)
      .then(() => {
        if (reload) {
          // The web parts' string modules are evaluated once, in the page's locale: a language change reloads.
          window.location.assign(toSearch(next));
          return;
        }
        window.history.replaceState(null, '', toSearch(next));
        setQuery(next);
        after?.();
        setActionCount((count) => count + 1);
      });
  };

  const applyProperties = (id: WebPartId, values: PropertyValues): void => {
    setEditing(undefined);
    act({ ...query, webpart: id, props: propertiesToQuery(values) }, () => setProperties((current) => ({ ...current, [id]: values })));
  };

  const editingPart = editing ? webPart(editing) : undefined;
  const mountKey = session?.user.id ?? 'signing-in';

  let content: React.ReactNode;
  if (unreachable) {
    content = (
      <MessageBar intent="error" className={styles.notice}>
        <MessageBarBody>
          <MessageBarTitle>The emulator at {control.baseUrl} does not answer</MessageBarTitle>
          Start Kring with npm start, which runs the emulator and the workbench together. ({unreachable})
        </MessageBarBody>
      </MessageBar>
    );
  } else if (sessionState.status === 'failed') {
    content = (
      <MessageBar intent="error" className={styles.notice}>
        <MessageBarBody>
          <MessageBarTitle>Could not sign in as {query.user ?? 'the default demo user'}</MessageBarTitle>
          {sessionState.message}
        </MessageBarBody>
      </MessageBar>
    );
  } else if (!session || !host) {
    content = <Spinner className={styles.notice} label="Signing in…" />;
  } else if (query.host === 'teams') {
    content = (
      <TeamsTab
        webPart={webPart(shownInTeams)}
        host={host}
        services={session.services}
        properties={properties[shownInTeams]}
        mountKey={mountKey}
        onEdit={() => setEditing(shownInTeams)}
      />
    );
  } else {
    content = <SharePointCanvas host={host} services={session.services} properties={properties} mountKey={mountKey} onEdit={setEditing} />;
  }

  return (
    <FluentProvider theme={chromeTheme(query.theme)} lang="en">
      <div className={styles.page}>
        <TopBar
          accounts={accounts ?? []}
          user={session ? { userPrincipalName: session.user.loginName, displayName: session.user.displayName } : undefined}
          host={query.host}
          theme={query.theme}
          locale={query.locale}
          webpart={shownInTeams}
          emulatorPanelOpen={emulatorOpen}
          onUser={(user) => act({ ...query, user })}
          onHost={(next) => act(withHost(query, next))}
          onTheme={(theme) => act({ ...query, theme })}
          onLocale={(locale) => act({ ...query, locale })}
          onWebPart={(id) => act({ ...query, webpart: id, props: {} })}
          onToggleEmulatorPanel={() => setEmulatorOpen((open) => !open)}
        />
        <EmulatorPanel control={control} open={emulatorOpen} actionCount={actionCount} />
        {content}
        {editingPart && (
          <PropertyPanel
            open
            title={editingPart.title('en-us')}
            page={editingPart.propertyPage()}
            values={properties[editingPart.id]}
            onApply={(values) => applyProperties(editingPart.id, values)}
            onClose={() => setEditing(undefined)}
          />
        )}
      </div>
    </FluentProvider>
  );
}
