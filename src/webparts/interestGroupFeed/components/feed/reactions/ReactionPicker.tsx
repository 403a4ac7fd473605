import * as React from 'react';
import {
  mergeClasses,
  Popover,
  PopoverSurface,
  ToggleButton,
  useArrowNavigationGroup
} from '@fluentui/react-components';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { REACTIONS } from '../../../../../model/composer/reactions';
import { reactionName } from './reactionText';
import { reactionKey } from './reactionView';
import { useReactionPopupStyles } from './useReactionPopupStyles';

export interface ReactionPickerProps {
  /** "Add reaction", which the picker opens from. */
  anchor: HTMLElement | null;
  /** Reaction keys I have given: choosing one of them again takes it back. */
  mine: ReadonlySet<string>;
  onPick: (emoji: string) => void;
  onDismiss: () => void;
}

/** The six reactions of Teams in a small dialog: arrow keys or Tab move between them, Escape closes it. */
export function ReactionPicker({ anchor, mine, onPick, onDismiss }: ReactionPickerProps): React.ReactElement {
  const styles = useReactionPopupStyles();
  const arrows = useArrowNavigationGroup({ axis: 'horizontal', circular: true });
  return (
    <Popover
      open
      trapFocus
      positioning={{ target: anchor, position: 'above', align: 'start' }}
      onOpenChange={(event, data) => {
        // "Add reaction" closes the picker by itself; a click on it must not close and reopen it.
        const onAnchor = anchor !== null && event.target instanceof Node && anchor.contains(event.target);
        if (!data.open && !onAnchor) onDismiss();
      }}
    >
      <PopoverSurface aria-label={strings.ReactionPickerLabel} className={styles.picker}>
        <div className={styles.choices} {...arrows}>
          {REACTIONS.map((reaction) => {
            const chosen = mine.has(reactionKey(reaction.emoji));
            return (
              <ToggleButton
                key={reaction.name}
                appearance="subtle"
                checked={chosen}
                className={mergeClasses(styles.choice, chosen && styles.chosen)}
                aria-label={reactionName(reaction.emoji)}
                title={reactionName(reaction.emoji)}
                onClick={() => onPick(reaction.emoji)}
              >
                <span aria-hidden="true">{reaction.emoji}</span>
              </ToggleButton>
            );
          })}
        </div>
      </PopoverSurface>
    </Popover>
  );
}
