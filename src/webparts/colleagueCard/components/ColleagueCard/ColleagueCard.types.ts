import type { AsyncData } from '../../../../hooks/AsyncData';
import type { KringLocale } from '../../../../host/HostInfo';
import type { Highlight } from '../../../../model/Highlight';
import type { PersonProfile, ProfileFields } from '../../../../model/PersonProfile';
import type { ServiceError } from '../../../../services/ServiceError';
import type { ProfileCard } from '../../../../services/people/ProfileCard';

export interface ColleagueCardProps {
  /** `me`, a user principal name or an Entra object id. */
  personRef: string;
}

export type SaveStatus =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved' }
  | { status: 'failed'; error: ServiceError };

export interface ColleagueCardState {
  personRef: string;
  locale: KringLocale;
  card: AsyncData<ProfileCard>;
  /** The profile as shown: the loaded one with any saved or optimistic edits applied. */
  profile: PersonProfile | undefined;
  contributions: AsyncData<Highlight[]>;
  isMe: boolean;
  editing: boolean;
  save: SaveStatus;
  reload: () => void;
  reloadContributions: () => void;
  startEditing: () => void;
  cancelEditing: () => void;
  saveProfile: (fields: ProfileFields) => void;
}
