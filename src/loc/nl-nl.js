define([], function () {
  return {
    Loading: 'Laden…',
    Retry: 'Opnieuw proberen',
    SignedInAs: 'Aangemeld als {0}',
    ErrorForbiddenTitle: 'Je hebt geen toegang',
    ErrorForbiddenDetail: 'Microsoft 365 heeft dit verzoek geweigerd. Blijft dit gebeuren, vraag je beheerder dan de API-machtigingen van Kring goed te keuren in het SharePoint-beheercentrum.',
    ErrorNotFoundTitle: 'Niet gevonden',
    ErrorNotFoundDetail: 'Wat je zoekt bestaat niet (meer).',
    ErrorThrottledTitle: 'Microsoft 365 heeft het druk',
    ErrorThrottledDetail: 'Er zijn in korte tijd te veel verzoeken gedaan. Wacht even en probeer het opnieuw.',
    ErrorThrottledDetailSeconds: 'Er zijn in korte tijd te veel verzoeken gedaan. Probeer het over {0} seconden opnieuw.',
    ErrorUnavailableTitle: 'Microsoft 365 is niet bereikbaar',
    ErrorUnavailableDetail: 'De dienst gaf geen antwoord. Controleer je verbinding en probeer het opnieuw.',
    ErrorSignInTitle: 'Opnieuw aanmelden',
    ErrorSignInDetail: 'Je sessie is verlopen. Laad de pagina opnieuw om je aan te melden.',
    ErrorGenericTitle: 'Er ging iets mis',
    ErrorGenericDetail: 'Het verzoek kon niet worden voltooid.'
  };
});
