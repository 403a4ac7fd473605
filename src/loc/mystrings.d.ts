declare interface IKringCommonStrings {
  Loading: string;
  Retry: string;
  SignedInAs: string;
  ErrorForbiddenTitle: string;
  ErrorForbiddenDetail: string;
  ErrorNotFoundTitle: string;
  ErrorNotFoundDetail: string;
  ErrorThrottledTitle: string;
  ErrorThrottledDetail: string;
  ErrorThrottledDetailSeconds: string;
  ErrorUnavailableTitle: string;
  ErrorUnavailableDetail: string;
  ErrorSignInTitle: string;
  ErrorSignInDetail: string;
  ErrorGenericTitle: string;
  ErrorGenericDetail: string;
}

declare module 'KringCommonStrings' {
  const strings: IKringCommonStrings;
  export = strings;
}
