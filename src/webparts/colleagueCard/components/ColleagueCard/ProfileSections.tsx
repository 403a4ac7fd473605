import * as React from 'react';
import * as strings from 'ColleagueCardWebPartStrings';
import { TagList } from '../../../../components/TagList/TagList';
import type { KringLocale } from '../../../../host/HostInfo';
import type { PersonProfile } from '../../../../model/PersonProfile';
import { aboutMeText } from '../aboutMeText';
import { CardSection } from './CardSection';
import type { CardStyles, ColleagueCardState } from './ColleagueCard.types';

export interface ProfileSectionsProps {
  state: ColleagueCardState;
  profile: PersonProfile;
  styles: CardStyles;
}

interface TagSectionProps {
  title: string;
  tags: readonly string[];
  href?: (tag: string) => string;
  locale?: KringLocale;
  styles: CardStyles;
}

function TagSection({ title, tags, href, locale, styles }: TagSectionProps): React.ReactElement {
  return (
    <CardSection title={title} styles={styles}>
      {tags.length > 0 ? (
        <TagList label={title} tags={tags} href={href} locale={locale} />
      ) : (
        <span className={styles.muted}>{strings.NotFilledIn}</span>
      )}
    </CardSection>
  );
}

/** What people wrote about themselves: about me, skills, interests, ask me about, projects and education. */
export function ProfileSections({ state, profile, styles }: ProfileSectionsProps): React.ReactElement {
  const aboutMe = aboutMeText(profile.aboutMe);
  // Someone else's labels read in the viewer's language; one's own card shows them as typed, as the editor does.
  const locale = state.isMe ? undefined : state.locale;
  return (
    <>
      <CardSection title={strings.AboutMe} styles={styles}>
        {aboutMe ? (
          <span className={styles.aboutMe}>{aboutMe}</span>
        ) : (
          <span className={styles.muted}>{strings.NotFilledIn}</span>
        )}
      </CardSection>
      <TagSection
        title={strings.Skills}
        tags={profile.skills}
        href={state.links.topic}
        locale={locale}
        styles={styles}
      />
      <TagSection
        title={strings.Interests}
        tags={profile.interests}
        href={state.links.topic}
        locale={locale}
        styles={styles}
      />
      <TagSection title={strings.AskMeAbout} tags={profile.responsibilities} locale={locale} styles={styles} />
      {profile.pastProjects.length > 0 && (
        <CardSection title={strings.PastProjects} styles={styles}>
          <TagList label={strings.PastProjects} tags={profile.pastProjects} />
        </CardSection>
      )}
      {profile.schools.length > 0 && (
        <CardSection title={strings.Schools} styles={styles}>
          <TagList label={strings.Schools} tags={profile.schools} />
        </CardSection>
      )}
    </>
  );
}
