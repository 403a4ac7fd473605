import type { AsyncData } from '../../../../hooks/AsyncData';
import type { KringLocale } from '../../../../host/HostInfo';
import type { Highlight } from '../../../../model/Highlight';
import type { PersonProfile, ProfileFields } from '../../../../model/PersonProfile';
import type { ServiceError } from '../../../../services/ServiceError';
import type { ProfileCard } from '../../../../services/people/ProfileCard';
import type { useColleagueCardStyles } from './useColleagueCardStyles';

export type CardStyles = ReturnType<typeof useColleagueCardStyles>;

export interface ColleagueCardProps {
  /** `me`, a user principal name or an Entra object id. */
  personRef: string;
}

export type SaveStatus =
  { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'failed'; error: ServiceError };

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
  /** What the person typed when their save failed: the editor reopens with it. */
  draft: ProfileFields | undefined;
  /** Where a skill or interest and a group lead: the suite's directory and group feed pages. */
  links: { topic: (tag: string) => string; group: (groupId: string) => string };
  reload: () => void;
  reloadContributions: () => void;
  startEditing: () => void;
  cancelEditing: () => void;
  saveProfile: (fields: ProfileFields) => void;
}
