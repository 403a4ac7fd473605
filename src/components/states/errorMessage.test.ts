import * as english from 'KringCommonStrings';
import { ServiceError, type ServiceErrorKind } from '../../services/ServiceError';
import { errorMessage, retryInText } from './errorMessage';

const dutch = jest.requireActual<IKringCommonStrings>('../../loc/nl-nl.js');

function titleFor(kind: ServiceErrorKind): string {
  return errorMessage(new ServiceError(kind, 'x'), english).title;
}

describe('errorMessage', () => {
  it('tells unreachable, busy and failed apart', () => {
    expect(titleFor('network')).toBe('Microsoft 365 could not be reached');
    expect(errorMessage(new ServiceError('network', 'x'), english).detail).toMatch(/check your connection/i);
    expect(titleFor('throttled')).toBe('Microsoft 365 is busy');
    expect(titleFor('unavailable')).toBe('Microsoft 365 is busy');
    expect(titleFor('failed')).toBe('Microsoft 365 answered with an error');
    expect(titleFor('forbidden')).toBe('You do not have access');
    expect(titleFor('notFound')).toBe('Not found');
    expect(titleFor('unauthenticated')).toBe('Sign-in needed');
  });

  it("uses the plural rules of the strings' language", () => {
    expect(retryInText(1, english)).toBe('Try again in 1 second.');
    expect(retryInText(2, english)).toBe('Try again in 2 seconds.');
    expect(retryInText(1, dutch)).toBe('Probeer het over 1 seconde opnieuw.');
    expect(retryInText(2, dutch)).toBe('Probeer het over 2 seconden opnieuw.');
  });
});
