import * as React from 'react';
import { FluentProvider, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { HostInfo } from '../../../src/host/HostInfo';
import type { KringServices } from '../../../src/services/KringServices';
import type { SuiteSettings } from '../../../src/services/settings/SuiteSettings';
import { canvasSections, type SectionColumns } from '../canvasSections';
import type { PropertyValues } from '../propertyValues';
import { useWorkbenchStrings } from '../strings';
import { webPart } from '../webParts';
import type { CanvasLayout, WebPartId } from '../workbenchQuery';
import { WebPartFrame } from './WebPartFrame';

export interface SharePointCanvasProps {
  host: HostInfo;
  servicesFor: (overrides: SuiteSettings) => KringServices;
  properties: Record<WebPartId, PropertyValues>;
  layout: CanvasLayout;
  mountKey: string;
  onEdit: (id: WebPartId) => void;
}

/** Below this page width SharePoint stacks a section's columns. */
const STACKED = '@media (max-width: 640px)';

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
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    marginBottom: tokens.spacingVerticalL,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1
  },
  full: { gridTemplateColumns: 'minmax(0, 1fr)' },
  half: { gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', [STACKED]: { gridTemplateColumns: 'minmax(0, 1fr)' } },
  oneThird: { gridTemplateColumns: 'repeat(auto-fill, 320px)', [STACKED]: { gridTemplateColumns: 'minmax(0, 1fr)' } }
});

/** A SharePoint page in the site's theme; sections take the host theme (dark for a dark section). */
export function SharePointCanvas({
  host,
  servicesFor,
  properties,
  layout,
  mountKey,
  onEdit
}: SharePointCanvasProps): React.ReactElement {
  const styles = useStyles();
  const strings = useWorkbenchStrings().canvas;
  const columnStyles: Record<SectionColumns, string> = {
    full: styles.full,
    half: styles.half,
    oneThird: styles.oneThird
  };
  return (
    <main className={styles.page} aria-label={strings.sharePointPage}>
      <div className={styles.siteHeader} data-workbench-chrome="site-header">
        <Text as="h2" size={600} weight="semibold">
          {strings.siteName}
        </Text>
      </div>
      <div className={styles.canvas}>
        {canvasSections(layout).map((section, index) => (
          <FluentProvider
            key={`${layout}-${index}`}
            theme={host.theme}
            className={mergeClasses(styles.section, columnStyles[section.columns])}
            data-workbench-section={index + 1}
            data-workbench-columns={section.columns}
          >
            {section.webParts.map((id) => (
              <WebPartFrame
                key={id}
                webPart={webPart(id)}
                host={host}
                servicesFor={servicesFor}
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
