declare interface IInterestGroupFeedWebPartStrings {
  PropertyPaneDescription: string;
  SettingsGroupName: string;
  TitleFieldLabel: string;
  WebPartTitle: string;
  Intro: string;
  GroupIdsFieldLabel: string;
  GroupIdsFieldDescription: string;
}

declare module 'InterestGroupFeedWebPartStrings' {
  const strings: IInterestGroupFeedWebPartStrings;
  export = strings;
}
