import * as React from 'react';
import { Popover, PopoverSurface } from '@fluentui/react-components';
import * as commonStrings from 'KringCommonStrings';
import { PersonCard, type PersonCardProps } from './PersonCard';

export interface PersonHoverCardProps extends PersonCardProps {
  /** The element the card points at (the person's name). */
  anchor: HTMLElement | null;
  onDismiss: () => void;
}

/**
 * The compact card in a popover next to a person's name. Rendered inline, right after the name, so keyboard
 * users reach its actions with Tab.
 */
export function PersonHoverCard({ anchor, onDismiss, ...card }: PersonHoverCardProps): React.ReactElement {
  return (
    <Popover
      open
      inline
      withArrow
      positioning={{ target: anchor, position: 'below', align: 'start' }}
      onOpenChange={(_, data) => !data.open && onDismiss()}
    >
      <PopoverSurface aria-label={commonStrings.PersonProfileOf.replace('{0}', card.person.displayName)}>
        <PersonCard {...card} />
      </PopoverSurface>
    </Popover>
  );
}
