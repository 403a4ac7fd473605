declare interface IWhoKnowsWhatWebPartStrings {
  PropertyPaneDescription: string;
  SettingsGroupName: string;
  TitleFieldLabel: string;
  WebPartTitle: string;
  Intro: string;
}

declare module 'WhoKnowsWhatWebPartStrings' {
  const strings: IWhoKnowsWhatWebPartStrings;
  export = strings;
}
