define([], function () {
  return {
    PropertyPaneDescription: 'Berichten, vragen en antwoorden uit de interessegroepen die je volgt.',
    SettingsGroupName: 'Instellingen',
    TitleFieldLabel: 'Titel',
    WebPartTitle: 'Feed van interessegroepen',
    Intro: 'Gesprekken uit je interessegroepen verschijnen hier.',
    GroupIdsFieldLabel: "Groepen (id's, gescheiden door komma's; leeg toont je eigen groepen)",
    GroupIdsFieldDescription: 'Eén feed kan meerdere interessegroepen samenvoegen.'
  };
});
