import type { ServiceError } from '../../services/ServiceError';

export interface ErrorText {
  title: string;
  detail: string;
}

/** Builds the title and explanation for a ServiceError from the common strings. */
export function errorMessage(error: ServiceError, strings: IKringCommonStrings): ErrorText {
  switch (error.kind) {
    case 'forbidden':
      return { title: strings.ErrorForbiddenTitle, detail: strings.ErrorForbiddenDetail };
    case 'notFound':
      return { title: strings.ErrorNotFoundTitle, detail: strings.ErrorNotFoundDetail };
    case 'throttled':
      return {
        title: strings.ErrorThrottledTitle,
        detail: error.retryAfterSeconds !== undefined
          ? strings.ErrorThrottledDetailSeconds.replace('{0}', String(error.retryAfterSeconds))
          : strings.ErrorThrottledDetail
      };
    case 'unavailable':
    case 'network':
      return { title: strings.ErrorUnavailableTitle, detail: strings.ErrorUnavailableDetail };
    case 'unauthenticated':
      return { title: strings.ErrorSignInTitle, detail: strings.ErrorSignInDetail };
    default:
      return { title: strings.ErrorGenericTitle, detail: strings.ErrorGenericDetail };
  }
}
