import * as React from 'react';
import { Badge, Button, Text, useId } from '@fluentui/react-components';
import {
  ChatMultiple16Regular,
  Clock16Regular,
  PersonAdd16Regular,
  PersonDelete16Regular
} from '@fluentui/react-icons';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { LazyErrorState } from '../../../../components/states/lazyStates';
import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import type { GroupCardContext } from './GroupsPanel.types';
import type { GroupCardStyles } from './useGroupCardStyles';
import type { GroupMembership } from './useMembership';

export interface MembershipActionsProps {
  group: InterestGroup;
  membership: GroupMembership;
  context: GroupCardContext;
  styles: GroupCardStyles;
}

/** Where focus goes after the next render: the confirmation's Cancel, back to Leave, or wherever fits if it was lost. */
type FocusNext = 'cancel' | 'leave' | 'lost' | undefined;

function OpenFeed({ group, context }: { group: InterestGroup; context: GroupCardContext }): React.ReactElement {
  const { onOpenFeed } = context;
  if (onOpenFeed) {
    return (
      <Button icon={<ChatMultiple16Regular />} onClick={() => onOpenFeed(group.id)}>
        {strings.OpenFeed}
      </Button>
    );
  }
  return (
    <Button as="a" href={context.feedHref(group.id)} icon={<ChatMultiple16Regular />}>
      {strings.OpenFeed}
    </Button>
  );
}

/** What the card says about a change: under way, waiting for an owner, or just carried out. */
function statusOf({ busy, requested, done }: GroupMembership): React.ReactNode {
  if (busy) return busy === 'join' ? strings.Joining : strings.Leaving;
  if (requested) {
    return (
      <Badge appearance="tint" color="warning" shape="rounded" icon={<Clock16Regular />}>
        {requested === 'join' ? strings.JoinRequested : strings.LeaveRequested}
      </Badge>
    );
  }
  if (done) return done === 'join' ? strings.JoinedGroup : strings.LeftGroup;
  return null;
}

/** The element that takes focus when the one that had it went away: the busy button, the first button, the status. */
function focusTarget(footer: HTMLElement): HTMLElement | null {
  return (
    footer.querySelector<HTMLElement>('[data-membership-busy]') ??
    footer.querySelector<HTMLElement>('button, a[href]') ??
    footer.querySelector<HTMLElement>('[role="status"]')
  );
}

function useFocusAfterChange(busy: boolean): {
  footerRef: React.RefObject<HTMLDivElement>;
  focusNext: React.MutableRefObject<FocusNext>;
} {
  const footerRef = React.useRef<HTMLDivElement>(null);
  const focusNext = React.useRef<FocusNext>(undefined);
  React.useLayoutEffect(() => {
    const footer = footerRef.current;
    const want = focusNext.current;
    if (!footer || !want) return;
    if (want !== 'lost') {
      footer.querySelector<HTMLElement>(`[data-membership-${want}]`)?.focus();
      focusNext.current = undefined;
      return;
    }
    if (!document.activeElement || document.activeElement === document.body) focusTarget(footer)?.focus();
    if (!busy) focusNext.current = undefined;
  });
  return { footerRef, focusNext };
}

interface ActionProps extends MembershipActionsProps {
  confirming: boolean;
  promptId: string;
  join: () => void;
  leave: () => void;
  ask: (confirm: boolean) => void;
}

function LeaveConfirmation({ group, styles, promptId, leave, ask }: ActionProps): React.ReactElement {
  return (
    <div
      role="group"
      aria-labelledby={promptId}
      className={styles.confirm}
      onKeyDown={(event) => event.key === 'Escape' && ask(false)}
    >
      <Text id={promptId} weight="semibold">
        {strings.ConfirmLeave}
      </Text>
      <Button
        appearance="primary"
        aria-label={strings.LeaveGroupLabel.replace('{0}', group.displayName)}
        onClick={leave}
      >
        {strings.LeaveGroup}
      </Button>
      <Button
        data-membership-cancel
        aria-label={strings.CancelLeaveLabel.replace('{0}', group.displayName)}
        onClick={() => ask(false)}
      >
        {strings.CancelLeave}
      </Button>
    </div>
  );
}

/** Leave (asking first) for a member, Join or Request to join otherwise; nothing while a request waits. */
function Action(props: ActionProps): React.ReactElement | null {
  const { group, membership, confirming } = props;
  const { member, requested, busy } = membership;
  const name = group.displayName;
  if (member && confirming && !busy) {
    return <LeaveConfirmation key="confirm" {...props} />;
  }
  if (member && requested !== 'leave') {
    return (
      <Button
        key="leave"
        data-membership-leave
        data-membership-busy={busy ? true : undefined}
        disabledFocusable={busy !== undefined}
        icon={<PersonDelete16Regular />}
        aria-label={strings.LeaveGroupLabel.replace('{0}', name)}
        onClick={() => props.ask(true)}
      >
        {strings.LeaveGroup}
      </Button>
    );
  }
  if (member || requested === 'join') return null;
  const isPrivate = group.visibility === 'Private';
  return (
    <Button
      key="join"
      appearance="primary"
      data-membership-busy={busy ? true : undefined}
      disabledFocusable={busy !== undefined}
      icon={<PersonAdd16Regular />}
      aria-label={(isPrivate ? strings.RequestToJoinLabel : strings.JoinGroupLabel).replace('{0}', name)}
      onClick={props.join}
    >
      {isPrivate ? strings.RequestToJoin : strings.JoinGroup}
    </Button>
  );
}

/**
 * A card's way in and out: Join (public) or Request to join (private), Open feed and Leave (confirmed in place) for
 * members; the change under way, a request waiting for an owner or the change carried out in a polite status; a
 * failure explained with a retry, the card otherwise as it was.
 */
export function MembershipActions(props: MembershipActionsProps): React.ReactElement {
  const { group, membership, context, styles } = props;
  const [confirming, setConfirming] = React.useState(false);
  const promptId = useId('leave-prompt-');
  const { footerRef, focusNext } = useFocusAfterChange(membership.busy !== undefined);

  const change = (action: 'join' | 'leave'): void => {
    focusNext.current = 'lost';
    setConfirming(false);
    context.change(group, action);
  };
  const ask = (confirm: boolean): void => {
    focusNext.current = confirm ? 'cancel' : 'leave';
    setConfirming(confirm);
  };
  const { failure } = membership;
  return (
    <div ref={footerRef} className={styles.footer}>
      <div className={styles.actions}>
        {membership.member && <OpenFeed key="open" group={group} context={context} />}
        <Action
          {...props}
          confirming={confirming}
          promptId={promptId}
          join={() => change('join')}
          leave={() => change('leave')}
          ask={ask}
        />
      </div>
      <div role="status" aria-live="polite" aria-atomic tabIndex={-1} className={styles.status}>
        {statusOf(membership)}
      </div>
      {failure && (
        <div className={styles.failure}>
          <LazyErrorState compact error={failure.error} onRetry={() => change(failure.action)} />
        </div>
      )}
    </div>
  );
}
