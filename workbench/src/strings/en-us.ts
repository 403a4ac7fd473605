import type { WorkbenchStrings } from './WorkbenchStrings';

export const enUs: WorkbenchStrings = {
  locale: 'en-us',
  topBar: {
    brand: 'Kring workbench',
    host: 'Host',
    hosts: { sharepoint: 'SharePoint page', teams: 'Teams tab' },
    theme: 'Theme',
    themes: {
      sharepointLight: 'SharePoint light',
      sharepointDark: 'SharePoint dark section',
      teamsLight: 'Teams light',
      teamsDark: 'Teams dark',
      teamsHighContrast: 'Teams high contrast'
    },
    language: 'Language',
    webPart: 'Web part',
    layout: 'Section layout',
    layouts: {
      sample: 'Full width, then two columns',
      oneThird: 'One-third column',
      half: 'Half column',
      full: 'Full width'
    },
    emulatorPanel: 'Emulator panel',
    editPage: 'Edit page'
  },
  userPicker: {
    signInAs: 'Sign in as',
    placeholder: 'Search demo users',
    noMatch: 'No demo user matches'
  },
  canvas: {
    sharePointPage: 'SharePoint page',
    siteName: 'Intranet',
    teamsTab: (title) => `Teams tab: ${title}`,
    edit: 'Edit',
    editProperties: (title) => `Edit ${title} properties`
  },
  propertyPanel: {
    properties: (title) => `${title} properties`,
    apply: 'Apply',
    cancel: 'Cancel'
  },
  status: {
    emulatorUnreachable: (url) => `The emulator at ${url} does not answer`,
    startWithNpmStart: 'Start Kring with npm start, which runs the emulator and the workbench together.',
    signInFailed: (user) => `Could not sign in as ${user}`,
    defaultDemoUser: 'the default demo user',
    signingIn: 'Signing in…'
  },
  emulatorPanel: {
    title: 'Emulator',
    slowResponses: (latencyMs) => `Slow responses (${latencyMs} ms latency)`,
    injectFailures: (statuses, retryAfter) => `Inject failures (answer ${statuses}, Retry-After ${retryAfter} s)`,
    failureRate: (percent) => `Requests that fail: ${percent} %`,
    or: 'or',
    droppedConnection: 'a dropped connection',
    readingFaults: "Reading the emulator's faults…",
    readingLog: 'Reading the request log…',
    requestCount: (count) => `${count} request${count === 1 ? '' : 's'} on this page, newest first`,
    clearLog: 'Clear log',
    logTable: 'Requests on this page, newest first',
    columns: { time: 'Time', method: 'Method', url: 'URL', status: 'Status', inBatch: 'In $batch' },
    yes: 'yes',
    readLogFailed: (reason) => `Could not read the request log: ${reason}`,
    readFaultsFailed: (reason) => `Could not read the emulator's faults: ${reason}`,
    changeFaultsFailed: (reason) => `Could not change faults: ${reason}`
  },
  teams: {
    wouldOpenChat: (user) => `Teams would open a chat with ${user}`,
    chatMessage: (message) => `Message: ${message}`,
    noChatMessage: 'No message filled in',
    wouldOpenLink: 'Teams would open this link'
  }
};
