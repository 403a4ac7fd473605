import * as React from 'react';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { asServiceError } from '../../../../hooks/AsyncData';
import { useAsyncData } from '../../../../hooks/useAsyncData';
import type { MembershipRequest } from '../../../../model/feed/MembershipRequest';
import type { ServiceError } from '../../../../services/ServiceError';
import { useServices } from '../../../../services/ServicesContext';

export interface RequestFailure {
  approve: boolean;
  error: ServiceError;
}

export interface RequestsToDecide {
  /** False for those who own no group with a waiting request (or whose requests could not be read): no section. */
  shown: boolean;
  /** Waiting, in the order they were read: a decided request leaves the list at once and comes back if it failed. */
  requests: MembershipRequest[];
  failureOf: (request: MembershipRequest) => RequestFailure | undefined;
  decide: (request: MembershipRequest, approve: boolean) => void;
  /** The last decision carried out, for the section's status. */
  announcement: string;
}

const NO_REQUESTS: MembershipRequest[] = [];

function decidedText(request: MembershipRequest, approve: boolean): string {
  return (approve ? strings.RequestApproved : strings.RequestDeclined)
    .replace('{0}', request.requesterName)
    .replace('{1}', request.groupName);
}

/** As an owner: the join and leave requests for my groups, to approve or decline in place. */
export function useRequestsToDecide(): RequestsToDecide {
  const { membership } = useServices();
  const loaded = useAsyncData(() => membership.getRequestsToDecide(), [membership]);
  const [decided, setDecided] = React.useState<ReadonlySet<number>>(new Set());
  const [failures, setFailures] = React.useState<ReadonlyMap<number, RequestFailure>>(new Map());
  const [announcement, setAnnouncement] = React.useState('');
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  const all = loaded.state.status === 'ready' ? loaded.state.data : NO_REQUESTS;
  const requests = React.useMemo(() => all.filter((request) => !decided.has(request.id)), [all, decided]);

  const decide = React.useCallback(
    (request: MembershipRequest, approve: boolean) => {
      setDecided((current) => new Set(current).add(request.id));
      setFailures((current) => {
        const next = new Map(current);
        next.delete(request.id);
        return next;
      });
      setAnnouncement('');
      membership.decide(request, approve).then(
        () => mounted.current && setAnnouncement(decidedText(request, approve)),
        async (error: unknown) => {
          const failure = { approve, error: await asServiceError(error) };
          if (!mounted.current) return;
          setFailures((current) => new Map(current).set(request.id, failure));
          setDecided((current) => {
            const next = new Set(current);
            next.delete(request.id);
            return next;
          });
        }
      );
    },
    [membership]
  );

  const failureOf = React.useCallback((request: MembershipRequest) => failures.get(request.id), [failures]);
  return { shown: all.length > 0, requests, failureOf, decide, announcement };
}
