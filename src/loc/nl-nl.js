define([], function () {
  return {
    Loading: 'Laden…',
    Retry: 'Opnieuw proberen',
    SignedInAs: 'Aangemeld als {0}',
    ErrorForbiddenTitle: 'Je hebt geen toegang',
    ErrorForbiddenDetail:
      'Microsoft 365 heeft dit verzoek geweigerd. Blijft dit gebeuren, vraag je beheerder dan de API-machtigingen van Kring goed te keuren in het SharePoint-beheercentrum.',
    ErrorNotFoundTitle: 'Niet gevonden',
    ErrorNotFoundDetail: 'Wat je zoekt bestaat niet (meer).',
    ErrorUnreachableTitle: 'Microsoft 365 is niet bereikbaar',
    ErrorUnreachableDetail: 'Er kwam geen antwoord. Controleer je verbinding en probeer het opnieuw.',
    ErrorBusyTitle: 'Microsoft 365 heeft het druk',
    ErrorBusyDetail: 'Er worden nu te veel verzoeken verwerkt. Wacht even en probeer het opnieuw.',
    ErrorFailedTitle: 'Microsoft 365 gaf een foutmelding',
    ErrorFailedDetail:
      'Er ging aan de kant van Microsoft 365 iets mis. Probeer het later opnieuw; blijft het gebeuren, meld het dan aan je beheerder.',
    ErrorPermissionNeeded:
      'Vraag je beheerder de machtiging {0} voor Kring goed te keuren in het SharePoint-beheercentrum (API-toegang).',
    ErrorRetryInSecondsOne: 'Probeer het over {0} seconde opnieuw.',
    ErrorRetryInSecondsOther: 'Probeer het over {0} seconden opnieuw.',
    ErrorRetryNow: 'Je kunt het nu opnieuw proberen.',
    PluralLocale: 'nl',
    ErrorSignInTitle: 'Opnieuw aanmelden',
    ErrorSignInDetail: 'Je sessie is verlopen. Laad de pagina opnieuw om je aan te melden.',
    ErrorGenericTitle: 'Er ging iets mis',
    ErrorGenericDetail: 'Het verzoek kon niet worden voltooid.',
    PresenceAvailable: 'Beschikbaar',
    PresenceAway: 'Afwezig',
    PresenceBeRightBack: 'Ben zo terug',
    PresenceBusy: 'Bezet',
    PresenceDoNotDisturb: 'Niet storen',
    PresenceOffline: 'Offline',
    PresenceUnknown: 'Status onbekend',
    PresenceInAMeeting: 'In een vergadering',
    PresenceInACall: 'In gesprek',
    PresencePresenting: 'Presenteert',
    PersonOpenProfile: 'Volledig profiel openen',
    PersonProfileOf: 'Profiel van {0}',
    PersonChat: 'Chatten in Teams',
    PersonMail: 'E-mail sturen',
    PersonCall: 'Bellen',
    PersonPhotoOf: 'Foto van {0}',
    PersonPickerLabel: 'Zoek een collega',
    PersonPickerPlaceholder: 'Typ een voor- of achternaam',
    PersonPickerSearching: 'Zoeken…',
    PersonPickerNoResults: 'Geen collega gevonden voor “{0}”, probeer een voor- of achternaam.',
    PersonFieldChosen: 'Gekozen: {0}',
    ErrorNotConfiguredTitle: 'Kring is nog niet ingesteld',
    ErrorNotConfiguredDetail:
      'De thuissite van Kring, de site met de lijsten, is niet ingesteld. Vraag je SharePoint-beheerder de tenanteigenschap KringHomeSite in te stellen.',
    KringSiteGroupName: 'Kring-site',
    HomeSiteUrlFieldLabel: 'URL van de thuissite (optioneel)',
    HomeSiteUrlFieldDescription:
      'Laat leeg om de Kring-thuissite van de tenant te gebruiken (tenanteigenschap KringHomeSite). Vul het adres van een andere site in om de Kring-lijsten daarvan voor dit webonderdeel te gebruiken.',
    ShowTitleFieldLabel: 'Titel van het webonderdeel tonen',
    HealthRegionLabel: 'Kring-controle (zichtbaar tijdens bewerken)',
    HealthChecking: 'De lijsten van Kring worden gecontroleerd…',
    HealthCheckAgain: 'Opnieuw controleren',
    HealthReadyTitle: 'Kring is klaar voor gebruik',
    HealthReadyDetail: 'De lijsten van Kring staan klaar op {0}.',
    HealthNotSetTitle: 'De thuissite van Kring is niet ingesteld',
    HealthNotSetDetail:
      'Kring weet niet op welke site de lijsten staan. Een SharePoint-beheerder stelt dit eenmalig in voor de tenant, met PnP PowerShell:',
    HealthInvalidTitle: 'De thuissite van Kring is geen geldig adres',
    HealthInvalidDetail:
      'De thuissite is ingesteld op "{0}", en dat is geen volledig https://-adres. Stel hem opnieuw in, met PnP PowerShell:',
    HealthUnreachableTitle: 'De thuissite van Kring is niet bereikbaar',
    HealthUnreachableDetail: '{0} gaf geen antwoord. {1}',
    HealthNoAccessDetail:
      'Je hebt geen toegang tot {0}. Iedereen die Kring gebruikt, heeft minstens leesrechten op de thuissite nodig.',
    HealthListMissingTitle: 'Er ontbreekt een Kring-lijst',
    HealthListMissingDetail:
      'De lijst "{0}" staat niet op {1}. Pas sharepoint/assets/kring-lists.xml toe op de thuissite met Invoke-PnPSiteTemplate.',
    HealthColumnsMissingTitle: 'Er ontbreken kolommen in een Kring-lijst',
    HealthColumnsMissingDetail:
      'De lijst "{0}" mist de kolommen {1}. Pas de Kring-sjabloon (kring-lists.xml) opnieuw toe op de thuissite.',
    HealthNoPermissionTitle: 'Geen rechten op een Kring-lijst',
    HealthNoPermissionDetail:
      'Je kunt de items van "{0}" niet lezen. Iedereen die Kring gebruikt, heeft er minstens leesrechten op nodig.',
    HealthListUnreadableTitle: 'Een Kring-lijst kon niet worden gecontroleerd',
    HealthListUnreadableDetail: '"{0}" gaf geen antwoord. {1}'
  };
});
