define([], function () {
  return {
    PropertyPaneDescription: "A colleague's profile: contact, organisation, skills, interests and contributions.",
    SettingsGroupName: "Settings",
    TitleFieldLabel: "Title",
    WebPartTitle: "Colleague card",
    Intro: "Profiles of colleagues, with their skills and interests, appear here.",
    PersonFieldLabel: "Person (user principal name or id; empty shows the page's ?person= or yourself)",
    PersonFieldDescription: "Whose card this web part shows."
  };
});
