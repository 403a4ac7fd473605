import * as React from 'react';
import { Popover, PopoverSurface } from '@fluentui/react-components';
import * as commonStrings from 'KringCommonStrings';
import { PersonCard, type PersonCardProps } from './PersonCard';

export interface PersonHoverCardProps extends PersonCardProps {
  /** The element the card points at (the person's name). */
  anchor: HTMLElement | null;
  /** The card's surface, so the name can tell focus inside the card from focus leaving both. */
  surfaceRef: React.MutableRefObject<HTMLDivElement | null>;
  /** True once the person asked to go into the card (ArrowDown on the name); the card never takes focus by itself. */
  takeFocus: boolean;
  onDismiss: () => void;
}

const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The compact card in a popover next to a person's name. It opens on focus without moving focus, so Tab goes
 * on through the page; its actions are reached on request.
 */
export function PersonHoverCard(props: PersonHoverCardProps): React.ReactElement {
  const { anchor, surfaceRef, takeFocus, onDismiss, ...card } = props;
  // The surface mounts in a portal after this component, so focus follows its ref rather than a mount effect.
  const [surface, setSurface] = React.useState<HTMLDivElement | null>(null);
  const attach = React.useCallback(
    (element: HTMLDivElement | null) => {
      surfaceRef.current = element;
      setSurface(element);
    },
    [surfaceRef]
  );
  React.useEffect(() => {
    if (takeFocus && surface) {
      surface.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    }
  }, [takeFocus, surface]);
  return (
    <Popover
      open
      withArrow
      unstable_disableAutoFocus
      positioning={{ target: anchor, position: 'below', align: 'start' }}
      onOpenChange={(_, data) => !data.open && onDismiss()}
    >
      <PopoverSurface ref={attach} aria-label={commonStrings.PersonProfileOf.replace('{0}', card.person.displayName)}>
        <PersonCard {...card} />
      </PopoverSurface>
    </Popover>
  );
}
