import * as React from 'react';
import {
  FluentProvider,
  makeStyles,
  Toaster,
  tokens,
  useId,
  useToastController,
  webLightTheme
} from '@fluentui/react-components';
import { fluentTheme, type ThemeName } from '../../../src/host/themes';
import type { DemoAccount, EmulatorControl } from '../emulatorControl';
import { PageRequestLog } from '../pageRequestLog';
import { propertiesFromQuery, propertiesToQuery, type PropertyValues } from '../propertyValues';
import { workbenchStrings, WorkbenchStringsContext } from '../strings';
import { useWorkbenchNavigation } from '../useWorkbenchNavigation';
import { useWorkbenchSession } from '../useWorkbenchSession';
import { WEB_PARTS, webPart } from '../webParts';
import type { WebPartId, WorkbenchQuery } from '../workbenchQuery';
import type { TeamsCall } from '../workbenchTeamsActions';
import { EmulatorPanel } from './EmulatorPanel';
import { PropertyPanel } from './PropertyPanel';
import { TeamsCallToast } from './TeamsCallToast';
import { TopBar } from './TopBar';
import { WorkbenchContent } from './WorkbenchContent';

export interface WorkbenchProps {
  control: EmulatorControl;
  initialQuery: WorkbenchQuery;
}

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2
  }
});

function initialProperties(query: WorkbenchQuery): Record<WebPartId, PropertyValues> {
  const properties = {} as Record<WebPartId, PropertyValues>;
  for (const part of WEB_PARTS) {
    const fromQuery =
      !query.webpart || query.webpart === part.id ? propertiesFromQuery(part.propertyPage(), query.props) : {};
    properties[part.id] = { ...part.defaultProperties, ...fromQuery };
  }
  return properties;
}

/** The chrome follows the Teams theme in Teams; on a SharePoint page the suite chrome stays light. */
function chromeTheme(theme: ThemeName): ReturnType<typeof fluentTheme> {
  return theme.startsWith('teams') ? fluentTheme(theme) : webLightTheme;
}

/** Accounts are read once the request log knows where this page starts, so no request of the page is missed. */
function useDemoAccounts(
  control: EmulatorControl,
  requestLog: PageRequestLog
): [DemoAccount[] | undefined, string | undefined] {
  const [accounts, setAccounts] = React.useState<DemoAccount[] | undefined>(undefined);
  const [unreachable, setUnreachable] = React.useState<string | undefined>(undefined);
  React.useEffect(() => {
    requestLog
      .started()
      .then(() => control.accounts())
      .then(setAccounts, (error: unknown) => setUnreachable(String(error)));
  }, [control, requestLog]);
  return [accounts, unreachable];
}

/** Toasts for what the simulated Teams client was asked to do. */
function useTeamsCallToasts(): { toasterId: string; onTeamsCall: (call: TeamsCall) => void } {
  const toasterId = useId('workbench-toaster');
  const { dispatchToast } = useToastController(toasterId);
  return { toasterId, onTeamsCall: (call) => dispatchToast(<TeamsCallToast call={call} />, { intent: 'info' }) };
}

export function Workbench({ control, initialQuery }: WorkbenchProps): React.ReactElement {
  const styles = useStyles();
  const [requestLog] = React.useState(() => new PageRequestLog(control));
  const { query, act, actionCount } = useWorkbenchNavigation(requestLog, initialQuery);
  const [accounts, unreachable] = useDemoAccounts(control, requestLog);
  const [properties, setProperties] = React.useState(() => initialProperties(initialQuery));
  const [editing, setEditing] = React.useState<WebPartId | undefined>(undefined);
  const [emulatorOpen, setEmulatorOpen] = React.useState(false);
  const { toasterId, onTeamsCall } = useTeamsCallToasts();
  const { sessionState, session, host } = useWorkbenchSession(control, accounts, query, onTeamsCall);

  const applyProperties = (id: WebPartId, values: PropertyValues): void => {
    setEditing(undefined);
    act({ ...query, webpart: id, props: propertiesToQuery(values) }, () =>
      setProperties((current) => ({ ...current, [id]: values }))
    );
  };
  const editingPart = editing ? webPart(editing) : undefined;
  const user = session && { userPrincipalName: session.user.loginName, displayName: session.user.displayName };

  return (
    <WorkbenchStringsContext.Provider value={workbenchStrings(query.locale)}>
      <FluentProvider theme={chromeTheme(query.theme)} lang={query.locale.slice(0, 2)}>
        <div className={styles.page}>
          <TopBar
            accounts={accounts ?? []}
            user={user}
            query={query}
            emulatorPanelOpen={emulatorOpen}
            onQuery={act}
            onToggleEmulatorPanel={() => setEmulatorOpen((open) => !open)}
          />
          <EmulatorPanel control={control} requestLog={requestLog} open={emulatorOpen} actionCount={actionCount} />
          <WorkbenchContent
            emulatorUrl={control.baseUrl}
            unreachable={unreachable}
            sessionState={sessionState}
            host={host}
            query={query}
            properties={properties}
            onEdit={setEditing}
          />
          {editingPart && session && (
            <PropertyPanel
              open
              title={editingPart.title(query.locale)}
              page={editingPart.propertyPage()}
              values={properties[editingPart.id]}
              services={session.services}
              onApply={(values) => applyProperties(editingPart.id, values)}
              onClose={() => setEditing(undefined)}
            />
          )}
          <Toaster toasterId={toasterId} position="bottom-end" />
        </div>
      </FluentProvider>
    </WorkbenchStringsContext.Provider>
  );
}
