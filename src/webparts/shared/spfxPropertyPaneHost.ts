import * as React from 'react';
import * as ReactDom from 'react-dom';
import { webLightTheme } from '@fluentui/react-components';
import { KringRoot } from '../../components/KringRoot/KringRoot';
import type { HostInfo } from '../../host/HostInfo';
import type { KringServices } from '../../services/KringServices';
import type { PropertyPaneHost } from './PropertyPaneHost';

export interface SpfxPropertyPaneRoot {
  host?: HostInfo;
  services?: KringServices;
  /** Unique per web part instance, and different from the web part's own prefix. */
  idPrefix: string;
}

// SharePoint's property pane stays light when the web part sits in a dark section.
function paneHost(host: HostInfo): HostInfo {
  return host.isDarkTheme ? { ...host, theme: webLightTheme, isDarkTheme: false, isHighContrast: false } : host;
}

/** Renders custom property pane fields in a React root of their own, with the web part's host and services. */
export function spfxPropertyPaneHost(
  root: () => SpfxPropertyPaneRoot,
  value: (key: string) => unknown
): PropertyPaneHost {
  return {
    value,
    mount: (element, content) => {
      const { host, services, idPrefix } = root();
      if (!host || !services) {
        return;
      }
      const suspended = React.createElement(React.Suspense, { fallback: null }, content);
      ReactDom.render(React.createElement(KringRoot, { host: paneHost(host), services, idPrefix }, suspended), element);
    },
    unmount: (element) => {
      ReactDom.unmountComponentAtNode(element);
    }
  };
}
