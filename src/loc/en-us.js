define([], function () {
  return {
    Loading: 'Loading…',
    Retry: 'Try again',
    SignedInAs: 'Signed in as {0}',
    ErrorForbiddenTitle: 'You do not have access',
    ErrorForbiddenDetail: 'Microsoft 365 refused this request. If it keeps happening, ask your administrator to approve Kring\'s API permissions in the SharePoint admin center.',
    ErrorNotFoundTitle: 'Not found',
    ErrorNotFoundDetail: 'What you asked for does not exist (any more).',
    ErrorThrottledTitle: 'Microsoft 365 is busy',
    ErrorThrottledDetail: 'Too many requests were made in a short time. Wait a moment and try again.',
    ErrorThrottledDetailSeconds: 'Too many requests were made in a short time. Try again in {0} seconds.',
    ErrorUnavailableTitle: 'Microsoft 365 could not be reached',
    ErrorUnavailableDetail: 'The service did not answer. Check your connection and try again.',
    ErrorSignInTitle: 'Sign-in needed',
    ErrorSignInDetail: 'Your session has expired. Reload the page to sign in again.',
    ErrorGenericTitle: 'Something went wrong',
    ErrorGenericDetail: 'The request could not be completed.'
  };
});
