import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Log } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as commonStrings from 'KringCommonStrings';
import { KringRoot } from '../../components/KringRoot/KringRoot';
import { LoadingState } from '../../components/states/LoadingState';
import type { HostInfo } from '../../host/HostInfo';
import { hostInfoFromSpfx } from '../../host/spfxHost';
import { createSpfxClients } from '../../services/clients';
import { createServices } from '../../services/createServices';
import type { KringServices } from '../../services/KringServices';
import { setFailureSink } from '../../services/logFailure';
import { servicesForPage } from '../../services/pageServices';
import type { PropertyPageDefinition } from './propertyFields';
import { toPropertyPane } from './toPropertyPane';

/**
 * What the three Kring web parts share: host detection, service creation through the one factory, and
 * rendering the root inside KringRoot. Each web part supplies its root element and property definitions.
 */
export abstract class KringWebPart<TProperties extends object> extends BaseClientSideWebPart<TProperties> {
  private host: HostInfo | undefined;
  private services: KringServices | undefined;
  private theme: IReadonlyTheme | undefined;

  protected abstract renderRoot(properties: TProperties): React.ReactElement;
  protected abstract propertyPage(): PropertyPageDefinition;

  protected async onInit(): Promise<void> {
    await super.onInit();
    setFailureSink((source, message) => Log.warn(source, message, this.context.serviceScope));
    const viewer = this.context.pageContext.user.loginName;
    this.services = servicesForPage(viewer, () => createServices(createSpfxClients(this.context), { viewer }));
    this.host = await hostInfoFromSpfx(this.context, this.theme, (host) => {
      this.host = host;
      this.render();
    });
  }

  public render(): void {
    if (!this.host || !this.services) {
      return;
    }
    const root = React.createElement(
      KringRoot,
      { host: this.host, services: this.services, idPrefix: `kring-${this.instanceId}-` },
      React.createElement(
        React.Suspense,
        { fallback: React.createElement(LoadingState, { label: commonStrings.Loading }) },
        this.renderRoot(this.properties)
      )
    );
    ReactDom.render(root, this.domElement);
  }

  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    this.theme = theme;
    if (!this.host) {
      return;
    }
    hostInfoFromSpfx(this.context, theme).then(
      (host) => {
        this.host = host;
        this.render();
      },
      () => undefined
    );
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return toPropertyPane(this.propertyPage());
  }
}
