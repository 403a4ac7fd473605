import * as React from 'react';
import * as ReactDom from 'react-dom';
import { DisplayMode, Log } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as commonStrings from 'KringCommonStrings';
import { KringRoot } from '../../components/KringRoot/KringRoot';
import { LoadingState } from '../../components/states/LoadingState';
import type { HostInfo } from '../../host/HostInfo';
import { hostInfoFromSpfx } from '../../host/spfxHost';
import { createSpfxClients, type KringClients } from '../../services/clients';
import { createServices } from '../../services/createServices';
import type { KringServices } from '../../services/KringServices';
import { setFailureSink } from '../../services/logFailure';
import { servicesForPage } from '../../services/pageServices';
import { settingsOverrides, type KringSiteProperties } from './kringSiteProperties';
import type { PropertyPageDefinition } from './propertyFields';
import { spfxPropertyPaneHost } from './spfxPropertyPaneHost';
import { toPropertyPane } from './toPropertyPane';
import { markWebPartRender } from './webPartTiming';

/**
 * The page's services for these properties. Web parts without a home-site override share one instance per
 * viewer; one with an override gets its own, whose list calls go to that site.
 */
function servicesFor(clients: KringClients, viewer: string, properties: KringSiteProperties): KringServices {
  const overrides = settingsOverrides(properties);
  const key = overrides.homeSiteUrl ? `${viewer}|homeSite=${overrides.homeSiteUrl}` : viewer;
  return servicesForPage(key, () => createServices(clients, { viewer, overrides }));
}

/**
 * What the three Kring web parts share: host detection, service creation through the one factory, and
 * rendering the root inside KringRoot. Each web part supplies its root element and property definitions.
 */
export abstract class KringWebPart<TProperties extends KringSiteProperties> extends BaseClientSideWebPart<TProperties> {
  private host: HostInfo | undefined;
  private clients: KringClients | undefined;
  /** The services the root was last rendered with (they follow the home-site override). */
  private services: KringServices | undefined;
  private theme: IReadonlyTheme | undefined;
  private rendered = false;

  protected abstract renderRoot(properties: TProperties): React.ReactElement;
  protected abstract propertyPage(): PropertyPageDefinition;

  /**
   * Starts what the root will ask for first, before its code has loaded: the root's chunk and the data then
   * travel at the same time, and the root finds the request under way (the services share requests in flight).
   */
  protected prefetch(services: KringServices, host: HostInfo, properties: TProperties): void {
    // Nothing by default.
  }

  protected async onInit(): Promise<void> {
    await super.onInit();
    setFailureSink((source, message) => Log.warn(source, message, this.context.serviceScope));
    this.clients = createSpfxClients(this.context);
    // Every list call waits for the tenant properties: read them while Teams' SDK initialises.
    const services = servicesFor(this.clients, this.context.pageContext.user.loginName, this.properties);
    services.settings.load().catch(() => undefined);
    this.host = await hostInfoFromSpfx(this.context, this.theme, (host) => {
      this.host = host;
      this.render();
    });
  }

  public render(): void {
    if (!this.host || !this.clients) {
      return;
    }
    const services = servicesFor(this.clients, this.context.pageContext.user.loginName, this.properties);
    this.services = services;
    const host: HostInfo = { ...this.host, isEditMode: this.displayMode === DisplayMode.Edit };
    if (!this.rendered) {
      this.rendered = true;
      markWebPartRender();
    }
    this.prefetch(services, host, this.properties);
    const root = React.createElement(
      KringRoot,
      { host, services, idPrefix: `kring-${this.instanceId}-` },
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

  protected onDisplayModeChanged(): void {
    this.render();
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  // Applied with the pane's Apply button, as the workbench's edit panel does: a home-site URL is not used while
  // it is half typed.
  protected get disableReactivePropertyChanges(): boolean {
    return true;
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const paneRoot = (): { host?: HostInfo; services?: KringServices; idPrefix: string } => ({
      host: this.host,
      services: this.services,
      idPrefix: `kring-${this.instanceId}-pane-`
    });
    const value = (key: string): unknown => (this.properties as Record<string, unknown>)[key];
    return toPropertyPane(this.propertyPage(), spfxPropertyPaneHost(paneRoot, value));
  }
}
