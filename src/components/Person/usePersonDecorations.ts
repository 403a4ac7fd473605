import * as React from 'react';
import type { Presence } from '../../model/Presence';
import { useServices } from '../../services/ServicesContext';

export interface PersonDecorations {
  photoUrl: string | undefined;
  presence: Presence | undefined;
}

/**
 * Photo and presence of one person in a list. The service collects the calls of everyone rendered at the same
 * moment into one photo `$batch` and one presence request; a failure just leaves the initials and no badge.
 */
export function usePersonDecorations(
  personId: string,
  options: { photo: boolean; presence: boolean }
): PersonDecorations {
  const { people } = useServices();
  const [photoUrl, setPhotoUrl] = React.useState<string | undefined>(undefined);
  const [presence, setPresence] = React.useState<Presence | undefined>(undefined);

  React.useEffect(() => {
    let current = true;
    setPhotoUrl(undefined);
    if (options.photo) {
      people.getPhoto(personId).then(
        (url) => current && setPhotoUrl(url),
        () => undefined
      );
    }
    return () => {
      current = false;
    };
  }, [people, personId, options.photo]);

  React.useEffect(() => {
    let current = true;
    setPresence(undefined);
    if (options.presence) {
      people.getPresence(personId).then(
        (value) => current && setPresence(value),
        () => undefined
      );
    }
    return () => {
      current = false;
    };
  }, [people, personId, options.presence]);

  return { photoUrl, presence };
}
