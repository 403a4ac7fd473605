import * as React from 'react';
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens } from '@fluentui/react-components';
import type { HostInfo } from '../../../src/host/HostInfo';
import type { PropertyValues } from '../propertyValues';
import { useWorkbenchStrings } from '../strings';
import type { SessionState } from '../useSession';
import { webPart } from '../webParts';
import { teamsWebPart, type WebPartId, type WorkbenchQuery } from '../workbenchQuery';
import { SharePointCanvas } from './SharePointCanvas';
import { TeamsTab } from './TeamsTab';

export interface WorkbenchContentProps {
  emulatorUrl: string;
  /** Why the emulator could not be reached, when it could not. */
  unreachable: string | undefined;
  sessionState: SessionState;
  host: HostInfo | undefined;
  query: WorkbenchQuery;
  properties: Record<WebPartId, PropertyValues>;
  onEdit: (id: WebPartId) => void;
}

const useStyles = makeStyles({
  notice: { margin: tokens.spacingHorizontalL }
});

/** Below the top bar: the SharePoint page or the Teams tab, or why neither can be shown yet. */
export function WorkbenchContent(props: WorkbenchContentProps): React.ReactElement {
  const styles = useStyles();
  const strings = useWorkbenchStrings().status;
  const { sessionState, host, query } = props;
  if (props.unreachable) {
    return (
      <MessageBar intent="error" className={styles.notice}>
        <MessageBarBody>
          <MessageBarTitle>{strings.emulatorUnreachable(props.emulatorUrl)}</MessageBarTitle>
          {strings.startWithNpmStart} ({props.unreachable})
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (sessionState.status === 'failed') {
    return (
      <MessageBar intent="error" className={styles.notice}>
        <MessageBarBody>
          <MessageBarTitle>{strings.signInFailed(query.user ?? strings.defaultDemoUser)}</MessageBarTitle>
          {sessionState.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (sessionState.status !== 'ready' || !host) {
    return <Spinner className={styles.notice} label={strings.signingIn} />;
  }
  const { session } = sessionState;
  const mountKey = session.user.id;
  if (query.host === 'teams') {
    const shown = teamsWebPart(query);
    return (
      <TeamsTab
        webPart={webPart(shown)}
        host={host}
        servicesFor={session.servicesFor}
        properties={props.properties[shown]}
        mountKey={mountKey}
        onEdit={() => props.onEdit(shown)}
      />
    );
  }
  return (
    <SharePointCanvas
      host={host}
      servicesFor={session.servicesFor}
      properties={props.properties}
      layout={query.layout}
      mountKey={mountKey}
      onEdit={props.onEdit}
    />
  );
}
