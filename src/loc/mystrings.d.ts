declare interface IKringCommonStrings {
  Loading: string;
  Retry: string;
  SignedInAs: string;
  ErrorForbiddenTitle: string;
  ErrorForbiddenDetail: string;
  ErrorNotFoundTitle: string;
  ErrorNotFoundDetail: string;
  ErrorUnreachableTitle: string;
  ErrorUnreachableDetail: string;
  ErrorBusyTitle: string;
  ErrorBusyDetail: string;
  ErrorFailedTitle: string;
  ErrorFailedDetail: string;
  ErrorPermissionNeeded: string;
  ErrorRetryInSecondsOne: string;
  ErrorRetryInSecondsOther: string;
  ErrorRetryNow: string;
  PluralLocale: string;
  ErrorSignInTitle: string;
  ErrorSignInDetail: string;
  ErrorGenericTitle: string;
  ErrorGenericDetail: string;
  PresenceAvailable: string;
  PresenceAway: string;
  PresenceBeRightBack: string;
  PresenceBusy: string;
  PresenceDoNotDisturb: string;
  PresenceOffline: string;
  PresenceUnknown: string;
  PresenceInAMeeting: string;
  PresenceInACall: string;
  PresencePresenting: string;
  PersonOpenProfile: string;
  PersonProfileOf: string;
  PersonChat: string;
  PersonMail: string;
  PersonCall: string;
  PersonPhotoOf: string;
}

declare module 'KringCommonStrings' {
  const strings: IKringCommonStrings;
  export = strings;
}
