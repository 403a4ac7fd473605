import * as React from 'react';
import * as commonStrings from 'KringCommonStrings';
import * as strings from 'ColleagueCardWebPartStrings';
import { LazyErrorState, LazyNotice } from '../../../../components/states/lazyStates';
import { LoadingState } from '../../../../components/states/LoadingState';
import { REQUIRED_PERMISSION } from '../../../../components/states/permissions';
import type { PersonProfile } from '../../../../model/PersonProfile';
import { aboutMeText } from '../aboutMeText';
import { CardSkeleton } from '../CardSkeleton';
import { LazyProfileEditor } from '../lazyParts';
import { CardContributions } from './CardContributions';
import { CardHeader } from './CardHeader';
import { CardSection } from './CardSection';
import type { CardStyles, ColleagueCardState } from './ColleagueCard.types';
import { OrganisationSections } from './OrganisationSections';
import { ProfileSections } from './ProfileSections';
import { SaveStatus } from './SaveStatus';

function renderEditor(state: ColleagueCardState, profile: PersonProfile): React.ReactElement {
  const saved = {
    aboutMe: aboutMeText(profile.aboutMe),
    skills: profile.skills,
    interests: profile.interests,
    responsibilities: profile.responsibilities
  };
  return (
    <React.Suspense fallback={<LoadingState size="tiny" label={commonStrings.Loading} />}>
      <LazyProfileEditor
        initial={state.draft ?? saved}
        saveError={state.save.status === 'failed' ? state.save.error : undefined}
        locale={state.locale}
        onSave={state.saveProfile}
        onCancel={state.cancelEditing}
      />
    </React.Suspense>
  );
}

type FailedCard = Extract<ColleagueCardState['card'], { status: 'error' }>;

function renderUnavailable(state: ColleagueCardState, card: FailedCard): React.ReactElement {
  if (card.error.kind === 'notFound') {
    return (
      <LazyNotice intent="warning" title={strings.PersonNotFoundTitle}>
        {strings.PersonNotFoundDetail.replace('{0}', state.personRef)}
      </LazyNotice>
    );
  }
  return <LazyErrorState error={card.error} permission={REQUIRED_PERMISSION.profile} onRetry={state.reload} />;
}

export function renderColleagueCard(state: ColleagueCardState, styles: CardStyles): React.ReactElement {
  const { card, profile } = state;
  if (card.status === 'error') {
    return renderUnavailable(state, card);
  }
  if (card.status !== 'ready' || !profile) {
    return <CardSkeleton />;
  }
  return (
    <article className={styles.root} aria-label={profile.displayName}>
      <CardHeader state={state} card={card.data} profile={profile} styles={styles} />
      <SaveStatus save={state.save} />
      {state.editing && renderEditor(state, profile)}
      <div className={styles.sections}>
        <ProfileSections state={state} profile={profile} styles={styles} />
        <OrganisationSections state={state} card={card.data} styles={styles} />
        <CardSection title={strings.ContributionsHeading} styles={styles}>
          <CardContributions state={state} styles={styles} />
        </CardSection>
      </div>
    </article>
  );
}
