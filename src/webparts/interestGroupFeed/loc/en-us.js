define([], function () {
  return {
    PropertyPaneDescription: 'Posts, questions and answers from the interest groups you follow.',
    SettingsGroupName: 'Settings',
    TitleFieldLabel: 'Title',
    WebPartTitle: 'Interest group feed',
    Intro: 'Conversations from your interest groups appear here.',
    GroupIdsFieldLabel: 'Groups (ids, comma separated; empty shows your groups)',
    GroupIdsFieldDescription: 'One feed can merge several interest groups.'
  };
});
