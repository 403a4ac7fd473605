import * as React from 'react';
import { FluentProvider, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { HostInfo } from '../../../src/host/HostInfo';
import type { KringServices } from '../../../src/services/KringServices';
import type { PropertyValues } from '../propertyValues';
import { webPart } from '../webParts';
import type { WebPartId } from '../workbenchQuery';
import { WebPartFrame } from './WebPartFrame';

export interface SharePointCanvasProps {
  host: HostInfo;
  services: KringServices;
  properties: Record<WebPartId, PropertyValues>;
  mountKey: string;
  onEdit: (id: WebPartId) => void;
}

/** The page's sections: one full-width column, then two columns, as a site owner would lay Kring out. */
const SECTIONS: readonly (readonly WebPartId[])[] = [['interestGroupFeed'], ['colleagueCard', 'whoKnowsWhat']];

const useStyles = makeStyles({
  page: { flexGrow: 1, backgroundColor: tokens.colorNeutralBackground2 },
  siteHeader: {
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`
  },
  canvas: { maxWidth: '1236px', margin: '0 auto', padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}` },
  section: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    marginBottom: tokens.spacingVerticalL,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1
  }
});

/** A SharePoint page in the site's theme; sections take the host theme (dark for a dark section). */
export function SharePointCanvas({ host, services, properties, mountKey, onEdit }: SharePointCanvasProps): React.ReactElement {
  const styles = useStyles();
  return (
    <main className={styles.page} aria-label="SharePoint page">
      <div className={styles.siteHeader} data-workbench-chrome="site-header">
        <Text as="h2" size={600} weight="semibold">
          Intranet
        </Text>
      </div>
      <div className={styles.canvas}>
        {SECTIONS.map((section, index) => (
          <FluentProvider key={index} theme={host.theme} className={styles.section} data-workbench-section={index + 1}>
            {section.map((id) => (
              <WebPartFrame
                key={id}
                webPart={webPart(id)}
                host={host}
                services={services}
                properties={properties[id]}
                mountKey={mountKey}
                onEdit={() => onEdit(id)}
              />
            ))}
          </FluentProvider>
        ))}
      </div>
    </main>
  );
}
