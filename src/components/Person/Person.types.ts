import type { PersonaProps } from '@fluentui/react-components';
import type { Person as PersonModel } from '../../model/Person';
import type { Presence } from '../../model/Presence';

/** Fluent's Persona sizes; `medium` has a 32 px avatar. */
export type PersonSize = NonNullable<PersonaProps['size']>;

export interface PersonProps {
  person: PersonModel;
  /** `medium` (32 px avatar) by default. */
  size?: PersonSize;
  /** Job title under the name; shown by default. */
  showSecondaryText?: boolean;
  showPresence?: boolean;
  showPhoto?: boolean;
  /** Opens the hover card on hover and keyboard focus (focus stays on the name; ArrowDown enters it); on by default. */
  hoverCard?: boolean;
  /** How long the pointer or focus must rest on the name before the hover card opens. */
  hoverDelayMs?: number;
  /** The name alone, in a line of text (an @mention): no avatar, no photo or presence read. */
  inline?: boolean;
}

export interface PersonState {
  person: PersonModel;
  size: PersonSize;
  showSecondaryText: boolean;
  inline: boolean;
  hoverCard: boolean;
  photoUrl: string | undefined;
  presence: Presence | undefined;
  presenceLabel: string | undefined;
  profileUrl: string;
  open: boolean;
  /** The person asked to move into the card. */
  focusCard: boolean;
  dismiss: () => void;
  nameRef: React.RefObject<HTMLAnchorElement>;
  cardRef: React.MutableRefObject<HTMLDivElement | null>;
  containerHandlers: {
    onMouseEnter: () => void;
    onMouseLeave: () => void;
    onFocus: () => void;
    onBlur: (event: React.FocusEvent<HTMLElement>) => void;
    onKeyDown: (event: React.KeyboardEvent<HTMLElement>) => void;
  };
}
