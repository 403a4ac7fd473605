import type { KringLocale } from '../../../src/host/HostInfo';
import type { ThemeName } from '../../../src/host/themes';
import type { CanvasLayout, WorkbenchHostKind } from '../workbenchQuery';

/** Every string of the workbench's own chrome; the web parts bring their own from their `loc` folders. */
export interface WorkbenchStrings {
  locale: KringLocale;
  topBar: {
    brand: string;
    host: string;
    hosts: Record<WorkbenchHostKind, string>;
    theme: string;
    themes: Record<ThemeName, string>;
    language: string;
    webPart: string;
    layout: string;
    layouts: Record<CanvasLayout, string>;
    emulatorPanel: string;
    editPage: string;
  };
  userPicker: {
    signInAs: string;
    placeholder: string;
    noMatch: string;
  };
  canvas: {
    sharePointPage: string;
    siteName: string;
    teamsTab: (webPartTitle: string) => string;
    edit: string;
    editProperties: (webPartTitle: string) => string;
  };
  propertyPanel: {
    properties: (webPartTitle: string) => string;
    apply: string;
    cancel: string;
  };
  status: {
    emulatorUnreachable: (url: string) => string;
    startWithNpmStart: string;
    signInFailed: (user: string) => string;
    defaultDemoUser: string;
    signingIn: string;
  };
  emulatorPanel: {
    title: string;
    slowResponses: (latencyMs: number) => string;
    injectFailures: (statuses: string, retryAfterSeconds: number) => string;
    failureRate: (percent: number) => string;
    or: string;
    droppedConnection: string;
    readingFaults: string;
    readingLog: string;
    requestCount: (count: number) => string;
    clearLog: string;
    logTable: string;
    columns: { time: string; method: string; url: string; status: string; inBatch: string };
    yes: string;
    readLogFailed: (reason: string) => string;
    readFaultsFailed: (reason: string) => string;
    changeFaultsFailed: (reason: string) => string;
  };
  teams: {
    wouldOpenChat: (user: string) => string;
    chatMessage: (message: string) => string;
    noChatMessage: string;
    wouldOpenLink: string;
  };
}
