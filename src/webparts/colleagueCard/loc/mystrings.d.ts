declare interface IColleagueCardWebPartStrings {
  PropertyPaneDescription: string;
  SettingsGroupName: string;
  TitleFieldLabel: string;
  WebPartTitle: string;
  Intro: string;
  PersonFieldLabel: string;
  PersonFieldDescription: string;
}

declare module 'ColleagueCardWebPartStrings' {
  const strings: IColleagueCardWebPartStrings;
  export = strings;
}
