import * as React from 'react';
import { Button, makeStyles, mergeClasses } from '@fluentui/react-components';
import * as commonStrings from 'KringCommonStrings';
import { LoadingState } from '../../../src/components/states/LoadingState';
import { KringRoot } from '../../../src/components/KringRoot/KringRoot';
import type { HostInfo } from '../../../src/host/HostInfo';
import type { KringServices } from '../../../src/services/KringServices';
import type { SuiteSettings } from '../../../src/services/settings/SuiteSettings';
import { settingsOverrides } from '../../../src/webparts/shared/kringSiteProperties';
import { markWebPartRender } from '../../../src/webparts/shared/webPartTiming';
import type { PropertyValues } from '../propertyValues';
import { useWorkbenchStrings } from '../strings';
import type { WorkbenchWebPart } from '../webParts';

export interface WebPartFrameProps {
  webPart: WorkbenchWebPart;
  host: HostInfo;
  /** The page's services with a web part's settings overrides (its home-site property). */
  servicesFor: (overrides: SuiteSettings) => KringServices;
  properties: PropertyValues;
  /** Changes whenever the web part must mount afresh (another user signed in). */
  mountKey: string;
  onEdit: () => void;
  fullBleed?: boolean;
}

const useStyles = makeStyles({
  // No minimum width: a web part gets its column's width, as in SharePoint, and what does not fit overflows it.
  frame: { position: 'relative', display: 'flex', flexDirection: 'column', minWidth: 0 },
  fullBleed: { flexGrow: 1, minHeight: 0 },
  // Like SharePoint's web part toolbar: in the corner, over the web part's own padding.
  toolbar: { position: 'absolute', top: 0, right: 0, zIndex: 1 },
  webPart: { flexGrow: 1 }
});

/** Calls the web part's prefetch once per mount and set of properties, before its root renders, as SPFx does. */
function usePrefetch(
  webPart: WorkbenchWebPart,
  services: KringServices,
  host: HostInfo,
  properties: PropertyValues,
  mountKey: string
): void {
  const started = React.useRef<string | undefined>(undefined);
  const key = `${webPart.id}|${mountKey}|${JSON.stringify(properties)}`;
  if (started.current !== key) {
    if (started.current === undefined) markWebPartRender();
    started.current = key;
    webPart.prefetch?.(services, host, properties);
  }
}

/** One mounted web part: its real root inside KringRoot, with an edit button that opens its property pane. */
export function WebPartFrame(props: WebPartFrameProps): React.ReactElement {
  const { webPart, host, servicesFor, properties, mountKey, onEdit, fullBleed } = props;
  const homeSiteUrl = typeof properties.homeSiteUrl === 'string' ? properties.homeSiteUrl : undefined;
  const services = servicesFor(settingsOverrides({ homeSiteUrl }));
  usePrefetch(webPart, services, host, properties, mountKey);
  const styles = useStyles();
  const strings = useWorkbenchStrings();
  const title = webPart.title(strings.locale);
  return (
    <div className={mergeClasses(styles.frame, fullBleed && styles.fullBleed)} data-workbench-frame={webPart.id}>
      <div className={styles.toolbar} data-workbench-chrome="web-part-toolbar">
        <Button appearance="subtle" size="small" onClick={onEdit} aria-label={strings.canvas.editProperties(title)}>
          {strings.canvas.edit}
        </Button>
      </div>
      <div className={styles.webPart} data-workbench-webpart={webPart.id}>
        <KringRoot key={mountKey} host={host} services={services} idPrefix={`kring-${webPart.id}-`}>
          <React.Suspense fallback={<LoadingState label={commonStrings.Loading} />}>
            {webPart.render(properties)}
          </React.Suspense>
        </KringRoot>
      </div>
    </div>
  );
}
