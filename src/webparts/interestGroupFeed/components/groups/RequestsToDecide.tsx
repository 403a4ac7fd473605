import * as React from 'react';
import { Button, Text, useId } from '@fluentui/react-components';
import { Checkmark16Regular, Dismiss16Regular } from '@fluentui/react-icons';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { Person } from '../../../../components/Person/Person';
import { LazyErrorState } from '../../../../components/states/lazyStates';
import type { MembershipRequest } from '../../../../model/feed/MembershipRequest';
import type { Person as PersonModel } from '../../../../model/Person';
import type { GroupsPanelStyles } from './useGroupsPanelStyles';
import type { RequestsToDecide as RequestsToDecideState } from './useRequestsToDecide';

export interface RequestsToDecideProps {
  state: RequestsToDecideState;
  styles: GroupsPanelStyles;
}

const requesterOf = (request: MembershipRequest): PersonModel => ({
  id: request.requesterId,
  displayName: request.requesterName,
  userPrincipalName: ''
});

function fill(template: string, request: MembershipRequest): string {
  return template.replace('{0}', request.requesterName).replace('{1}', request.groupName);
}

function labels(request: MembershipRequest): { text: string; approve: string; decline: string } {
  const join = request.action === 'join';
  return {
    text: (join ? strings.RequestJoinText : strings.RequestLeaveText).replace('{0}', request.groupName),
    approve: fill(join ? strings.ApproveJoinLabel : strings.ApproveLeaveLabel, request),
    decline: fill(join ? strings.DeclineJoinLabel : strings.DeclineLeaveLabel, request)
  };
}

interface ItemProps {
  request: MembershipRequest;
  state: RequestsToDecideState;
  styles: GroupsPanelStyles;
  onDecide: (request: MembershipRequest, approve: boolean) => void;
}

function RequestItem({ request, state, styles, onDecide }: ItemProps): React.ReactElement {
  const text = labels(request);
  const failure = state.failureOf(request);
  return (
    <li className={styles.request}>
      <div className={styles.requestRow}>
        <div className={styles.requester}>
          <Person person={requesterOf(request)} showSecondaryText={false} />
          <Text>{text.text}</Text>
        </div>
        <div className={styles.requestActions}>
          <Button
            appearance="primary"
            icon={<Checkmark16Regular />}
            aria-label={text.approve}
            onClick={() => onDecide(request, true)}
          >
            {strings.ApproveRequest}
          </Button>
          <Button icon={<Dismiss16Regular />} aria-label={text.decline} onClick={() => onDecide(request, false)}>
            {strings.DeclineRequest}
          </Button>
        </div>
      </div>
      {failure && <LazyErrorState compact error={failure.error} onRetry={() => onDecide(request, failure.approve)} />}
    </li>
  );
}

/**
 * "Requests to decide", for the owners of groups with waiting requests: who asks, for which group, to join or to
 * leave, with Approve and Decline. A decided request leaves the list at once; keyboard focus moves to the next one.
 */
export function RequestsToDecide({ state, styles }: RequestsToDecideProps): React.ReactElement | null {
  const headingId = useId('requests-to-decide-');
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const listRef = React.useRef<HTMLUListElement>(null);
  const focusAt = React.useRef<number | undefined>(undefined);

  React.useLayoutEffect(() => {
    const at = focusAt.current;
    if (at === undefined || (document.activeElement && document.activeElement !== document.body)) return;
    focusAt.current = undefined;
    const items = listRef.current?.children;
    const next = items && items.length > 0 ? items[Math.min(at, items.length - 1)].querySelector('button') : null;
    (next ?? headingRef.current)?.focus();
  });

  if (!state.shown) return null;
  const onDecide = (request: MembershipRequest, approve: boolean): void => {
    focusAt.current = state.requests.indexOf(request);
    state.decide(request, approve);
  };
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text
        as="h3"
        id={headingId}
        ref={headingRef}
        tabIndex={-1}
        size={500}
        weight="semibold"
        className={styles.heading}
      >
        {strings.RequestsToDecide}
      </Text>
      <Text role="status" aria-live="polite" aria-atomic className={styles.muted}>
        {[state.announcement, state.requests.length === 0 ? strings.NoRequestsLeft : ''].filter(Boolean).join(' ')}
      </Text>
      {state.requests.length > 0 && (
        <ul ref={listRef} className={styles.requests} aria-labelledby={headingId}>
          {state.requests.map((request) => (
            <RequestItem key={request.id} request={request} state={state} styles={styles} onDecide={onDecide} />
          ))}
        </ul>
      )}
    </section>
  );
}
