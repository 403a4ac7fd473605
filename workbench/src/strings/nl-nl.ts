import type { WorkbenchStrings } from './WorkbenchStrings';

export const nlNl: WorkbenchStrings = {
  locale: 'nl-nl',
  topBar: {
    brand: 'Kring-werkbank',
    host: 'Host',
    hosts: { sharepoint: 'SharePoint-pagina', teams: 'Teams-tabblad' },
    theme: 'Thema',
    themes: {
      sharepointLight: 'SharePoint licht',
      sharepointDark: 'Donkere SharePoint-sectie',
      teamsLight: 'Teams licht',
      teamsDark: 'Teams donker',
      teamsHighContrast: 'Teams hoog contrast'
    },
    language: 'Taal',
    webPart: 'Webonderdeel',
    layout: 'Sectie-indeling',
    layouts: {
      sample: 'Volle breedte, dan twee kolommen',
      oneThird: 'Kolom van een derde',
      half: 'Halve kolom',
      full: 'Volle breedte'
    },
    emulatorPanel: 'Emulatorpaneel',
    editPage: 'Pagina bewerken'
  },
  userPicker: {
    signInAs: 'Aanmelden als',
    placeholder: 'Demogebruikers zoeken',
    noMatch: 'Geen demogebruiker gevonden'
  },
  canvas: {
    sharePointPage: 'SharePoint-pagina',
    siteName: 'Intranet',
    teamsTab: (title) => `Teams-tabblad: ${title}`,
    edit: 'Bewerken',
    editProperties: (title) => `Eigenschappen van ${title} bewerken`
  },
  propertyPanel: {
    properties: (title) => `Eigenschappen van ${title}`,
    apply: 'Toepassen',
    cancel: 'Annuleren'
  },
  status: {
    emulatorUnreachable: (url) => `De emulator op ${url} antwoordt niet`,
    startWithNpmStart: 'Start Kring met npm start: dat start de emulator en de werkbank samen.',
    signInFailed: (user) => `Aanmelden als ${user} is mislukt`,
    defaultDemoUser: 'de standaard-demogebruiker',
    signingIn: 'Aanmelden…'
  },
  emulatorPanel: {
    title: 'Emulator',
    slowResponses: (latencyMs) => `Trage antwoorden (${latencyMs} ms vertraging)`,
    injectFailures: (statuses, retryAfter) => `Fouten injecteren (antwoord ${statuses}, Retry-After ${retryAfter} s)`,
    failureRate: (percent) => `Verzoeken die mislukken: ${percent} %`,
    or: 'of',
    droppedConnection: 'een verbroken verbinding',
    readingFaults: 'Fouten van de emulator lezen…',
    readingLog: 'Verzoekenlogboek lezen…',
    requestCount: (count) => `${count} ${count === 1 ? 'verzoek' : 'verzoeken'} op deze pagina, nieuwste eerst`,
    clearLog: 'Logboek wissen',
    logTable: 'Verzoeken op deze pagina, nieuwste eerst',
    columns: { time: 'Tijd', method: 'Methode', url: 'URL', status: 'Status', inBatch: 'In $batch' },
    yes: 'ja',
    readLogFailed: (reason) => `Het verzoekenlogboek kon niet worden gelezen: ${reason}`,
    readFaultsFailed: (reason) => `De fouten van de emulator konden niet worden gelezen: ${reason}`,
    changeFaultsFailed: (reason) => `De fouten konden niet worden gewijzigd: ${reason}`
  },
  teams: {
    wouldOpenChat: (user) => `Teams zou een chat openen met ${user}`,
    chatMessage: (message) => `Bericht: ${message}`,
    noChatMessage: 'Geen bericht ingevuld',
    wouldOpenLink: 'Teams zou deze koppeling openen'
  }
};
