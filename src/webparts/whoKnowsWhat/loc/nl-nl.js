define([], function () {
  return {
    PropertyPaneDescription: "Vind collega's op vaardigheid, onderwerp of naam, gerangschikt op wat ze weten en delen.",
    SettingsGroupName: 'Instellingen',
    TitleFieldLabel: 'Titel',
    WebPartTitle: 'Wie weet wat',
    Intro: "Zoek hier collega's op vaardigheid, onderwerp of naam."
  };
});
