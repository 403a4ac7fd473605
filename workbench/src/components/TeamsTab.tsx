import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { HostInfo } from '../../../src/host/HostInfo';
import type { KringServices } from '../../../src/services/KringServices';
import type { SuiteSettings } from '../../../src/services/settings/SuiteSettings';
import type { PropertyValues } from '../propertyValues';
import { useWorkbenchStrings } from '../strings';
import type { WorkbenchWebPart } from '../webParts';
import { WebPartFrame } from './WebPartFrame';

export interface TeamsTabProps {
  webPart: WorkbenchWebPart;
  host: HostInfo;
  servicesFor: (overrides: SuiteSettings) => KringServices;
  properties: PropertyValues;
  mountKey: string;
  onEdit: () => void;
}

const useStyles = makeStyles({
  tab: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1
  }
});

/** A Teams tab: one web part, full-bleed, on the Teams canvas colour of the current Teams theme. */
export function TeamsTab({
  webPart,
  host,
  servicesFor,
  properties,
  mountKey,
  onEdit
}: TeamsTabProps): React.ReactElement {
  const styles = useStyles();
  const strings = useWorkbenchStrings();
  return (
    <main
      className={styles.tab}
      aria-label={strings.canvas.teamsTab(webPart.title(strings.locale))}
      data-workbench-teams-tab={webPart.id}
    >
      <WebPartFrame
        webPart={webPart}
        host={host}
        servicesFor={servicesFor}
        properties={properties}
        mountKey={mountKey}
        onEdit={onEdit}
        fullBleed
      />
    </main>
  );
}
