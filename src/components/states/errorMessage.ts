import type { ServiceError } from '../../services/ServiceError';

export interface ErrorText {
  title: string;
  detail: string;
}

/** Builds the title and explanation for a ServiceError from the common strings. */
export function errorMessage(error: ServiceError, strings: IKringCommonStrings): ErrorText {
  switch (error.kind) {
    case 'network':
      return { title: strings.ErrorUnreachableTitle, detail: strings.ErrorUnreachableDetail };
    case 'throttled':
    case 'unavailable':
      return { title: strings.ErrorBusyTitle, detail: strings.ErrorBusyDetail };
    case 'failed':
      return { title: strings.ErrorFailedTitle, detail: strings.ErrorFailedDetail };
    case 'forbidden':
      return { title: strings.ErrorForbiddenTitle, detail: strings.ErrorForbiddenDetail };
    case 'notFound':
      return { title: strings.ErrorNotFoundTitle, detail: strings.ErrorNotFoundDetail };
    case 'unauthenticated':
      return { title: strings.ErrorSignInTitle, detail: strings.ErrorSignInDetail };
    case 'notConfigured':
      return { title: strings.ErrorNotConfiguredTitle, detail: strings.ErrorNotConfiguredDetail };
    default:
      return { title: strings.ErrorGenericTitle, detail: strings.ErrorGenericDetail };
  }
}

/** What a 403 asks for: the named permission when the caller knows it, otherwise the general explanation. */
export function forbiddenDetail(strings: IKringCommonStrings, permission: string | undefined): string {
  return permission ? strings.ErrorPermissionNeeded.replace('{0}', permission) : strings.ErrorForbiddenDetail;
}

/** "Try again in N seconds", with the plural form the strings' language uses for N. */
export function retryInText(seconds: number, strings: IKringCommonStrings): string {
  const category = new Intl.PluralRules(strings.PluralLocale).select(seconds);
  const template = category === 'one' ? strings.ErrorRetryInSecondsOne : strings.ErrorRetryInSecondsOther;
  return template.replace('{0}', String(seconds));
}
