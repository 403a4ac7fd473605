define([], function () {
  return {
    PropertyPaneDescription: 'Find colleagues by skill, topic or name, ranked by what they know and share.',
    SettingsGroupName: 'Settings',
    TitleFieldLabel: 'Title',
    WebPartTitle: 'Who knows what',
    Intro: 'Search colleagues by skill, topic or name here.'
  };
});
