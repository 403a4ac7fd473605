define([], function () {
  return {
    PropertyPaneDescription: "Het profiel van een collega: contact, organisatie, vaardigheden, interesses en bijdragen.",
    SettingsGroupName: "Instellingen",
    TitleFieldLabel: "Titel",
    WebPartTitle: "Collegakaart",
    Intro: "Profielen van collega's, met hun vaardigheden en interesses, verschijnen hier.",
    PersonFieldLabel: "Persoon (user principal name of id; leeg toont ?person= van de pagina of jezelf)",
    PersonFieldDescription: "Wiens kaart dit webonderdeel toont."
  };
});
