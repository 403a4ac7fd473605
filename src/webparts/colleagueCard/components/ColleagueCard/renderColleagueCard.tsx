import * as React from 'react';
import {
  Avatar,
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  PresenceBadge,
  Spinner,
  Subtitle2,
  Text,
  Title3
} from '@fluentui/react-components';
import { initials } from '../../../../components/Person/initials';
import * as commonStrings from 'KringCommonStrings';
import * as strings from 'ColleagueCardWebPartStrings';
import { ContactActions } from '../../../../components/ContactActions/ContactActions';
import { Person } from '../../../../components/Person/Person';
import { presenceText } from '../../../../components/Person/presenceText';
import { ErrorState } from '../../../../components/states/ErrorState';
import { errorMessage } from '../../../../components/states/errorMessage';
import type { Highlight } from '../../../../model/Highlight';
import type { PersonProfile } from '../../../../model/PersonProfile';
import { presenceBadgeStatus } from '../../../../model/Presence';
import type { ProfileCard } from '../../../../services/people/ProfileCard';
import type { Result } from '../../../../services/Result';
import { aboutMeText } from '../aboutMeText';
import { CardSkeleton } from '../CardSkeleton';
import { REQUIRED_PERMISSION } from '../permissions';
import { LazyProfileEditor } from '../lazyParts';
import { SectionError } from '../SectionError';
import { TagList } from '../TagList';
import type { ColleagueCardState } from './ColleagueCard.types';
import type { useColleagueCardStyles } from './useColleagueCardStyles';

type Styles = ReturnType<typeof useColleagueCardStyles>;

function CardSection({ title, styles, children }: { title: string; styles: Styles; children: React.ReactNode }): React.ReactElement {
  return (
    <section className={styles.section} aria-label={title}>
      <Subtitle2 as="h4" className={styles.heading}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}

function tagsOrHint(label: string, tags: readonly string[], styles: Styles): React.ReactElement {
  return tags.length > 0 ? <TagList label={label} tags={tags} /> : <Text className={styles.muted}>{strings.NotFilledIn}</Text>;
}

function renderHeader(state: ColleagueCardState, card: ProfileCard, profile: PersonProfile, styles: Styles): React.ReactElement {
  const photo = card.photo.ok ? card.photo.value : undefined;
  const presence = card.presence.ok ? card.presence.value : undefined;
  const phone = profile.businessPhones[0] ?? profile.mobilePhone;
  return (
    <div className={styles.header}>
      <Avatar aria-hidden size={96} name={profile.displayName}
        initials={initials(profile.displayName)} image={photo ? { src: photo, alt: '' } : undefined} />
      <div className={styles.identity}>
        <Title3 as="h3" className={styles.name}>
          {profile.displayName}
        </Title3>
        {profile.jobTitle && <Text>{profile.jobTitle}</Text>}
        {profile.department && <Text className={styles.secondary}>{profile.department}</Text>}
        {profile.officeLocation && (
          <Text className={styles.secondary}>
            {strings.Office}: {profile.officeLocation}
          </Text>
        )}
        {presence && (
          <span className={styles.presence}>
            <PresenceBadge status={presenceBadgeStatus(presence.availability)} aria-hidden />
            <Text>
              <span className={styles.secondary}>{strings.PresenceLabel}: </span>
              {presenceText(presence, commonStrings)}
            </Text>
          </span>
        )}
        <div className={styles.actions}>
          <ContactActions person={profile} phone={phone} />
          {state.isMe && !state.editing && (
            <Button appearance="primary" size="small" onClick={state.startEditing} disabled={state.save.status === 'saving'}>
              {strings.EditProfile}
            </Button>
          )}
        </div>
      </div>
    </div>
  );
}

function renderSaveStatus(state: ColleagueCardState): React.ReactElement | undefined {
  switch (state.save.status) {
    case 'saving':
      return <Spinner size="tiny" label={strings.Saving} labelPosition="after" />;
    case 'saved':
      return (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>{strings.Saved}</MessageBarBody>
        </MessageBar>
      );
    case 'failed': {
      const { detail } = errorMessage(state.save.error, commonStrings);
      const reason = state.save.error.kind === 'forbidden' ? strings.PermissionNeeded.replace('{0}', REQUIRED_PERMISSION.save) : detail;
      return (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.SaveFailedTitle}</MessageBarTitle>
            {strings.SaveFailedDetail.replace('{0}', reason)}
          </MessageBarBody>
        </MessageBar>
      );
    }
    default:
      return undefined;
  }
}

function renderPeopleSection<T>(
  section: Result<T>,
  permission: string,
  onRetry: () => void,
  render: (data: T) => React.ReactElement
): React.ReactElement {
  return section.ok ? render(section.value) : <SectionError error={section.error} permission={permission} onRetry={onRetry} />;
}

function renderContribution(highlight: Highlight, styles: Styles): React.ReactElement {
  const kind = highlight.kind === 'AcceptedAnswer' ? strings.AcceptedAnswer : strings.LearningResource;
  const title = highlight.title || kind;
  return (
    <li key={highlight.id} className={styles.contribution}>
      {highlight.webUrl ? (
        <Link href={highlight.webUrl} target="_blank" rel="noopener noreferrer">
          {title}
        </Link>
      ) : (
        <Text>{title}</Text>
      )}
      <Text size={200} className={styles.secondary}>
        {[kind, ...highlight.topics].join(' · ')}
      </Text>
    </li>
  );
}

function renderContributions(state: ColleagueCardState, styles: Styles): React.ReactElement {
  const contributions = state.contributions;
  switch (contributions.status) {
    case 'idle':
    case 'loading':
      return <Spinner size="tiny" label={commonStrings.Loading} labelPosition="after" />;
    case 'error':
      return <SectionError error={contributions.error} onRetry={state.reloadContributions} />;
    case 'empty':
      return <Text className={styles.muted}>{strings.NoContributions}</Text>;
    case 'ready':
      return <ul className={styles.list}>{contributions.data.map((h) => renderContribution(h, styles))}</ul>;
  }
}

function renderSections(state: ColleagueCardState, card: ProfileCard, profile: PersonProfile, styles: Styles): React.ReactElement {
  const aboutMe = aboutMeText(profile.aboutMe);
  return (
    <div className={styles.sections}>
      <CardSection title={strings.AboutMe} styles={styles}>
        {aboutMe ? <Text className={styles.aboutMe}>{aboutMe}</Text> : <Text className={styles.muted}>{strings.NotFilledIn}</Text>}
      </CardSection>
      <CardSection title={strings.Skills} styles={styles}>
        {tagsOrHint(strings.Skills, profile.skills, styles)}
      </CardSection>
      <CardSection title={strings.Interests} styles={styles}>
        {tagsOrHint(strings.Interests, profile.interests, styles)}
      </CardSection>
      <CardSection title={strings.AskMeAbout} styles={styles}>
        {tagsOrHint(strings.AskMeAbout, profile.responsibilities, styles)}
      </CardSection>
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
      <CardSection title={strings.Manager} styles={styles}>
        {renderPeopleSection(card.manager, REQUIRED_PERMISSION.manager, state.reload, (manager) =>
          manager ? <Person person={manager} /> : <Text className={styles.muted}>{strings.NoManager}</Text>
        )}
      </CardSection>
      <CardSection title={strings.DirectReports} styles={styles}>
        {renderPeopleSection(card.directReports, REQUIRED_PERMISSION.reports, state.reload, (reports) =>
          reports.length > 0 ? (
            <ul className={styles.list} aria-label={strings.DirectReports}>
              {reports.map((report) => (
                <li key={report.id}>
                  <Person person={report} />
                </li>
              ))}
            </ul>
          ) : (
            <Text className={styles.muted}>{strings.NoDirectReports}</Text>
          )
        )}
      </CardSection>
      <CardSection title={strings.GroupsHeading} styles={styles}>
        {renderPeopleSection(card.groups, REQUIRED_PERMISSION.groups, state.reload, (groups) =>
          groups.length > 0 ? (
            <ul className={styles.list} aria-label={strings.GroupsHeading}>
              {groups.map((group) => (
                <li key={group.id} className={styles.groupItem}>
                  <Text>{group.displayName}</Text>
                  {group.visibility === 'Private' && (
                    <Text size={200} className={styles.secondary}>
                      {strings.PrivateGroup}
                    </Text>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <Text className={styles.muted}>{strings.NoGroups}</Text>
          )
        )}
      </CardSection>
      <CardSection title={strings.ContributionsHeading} styles={styles}>
        {renderContributions(state, styles)}
      </CardSection>
    </div>
  );
}

export function renderColleagueCard(state: ColleagueCardState, styles: Styles): React.ReactElement {
  const { card, profile } = state;
  if (card.status === 'idle' || card.status === 'loading' || card.status === 'empty') {
    return <CardSkeleton />;
  }
  if (card.status === 'error') {
    if (card.error.kind === 'notFound') {
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.PersonNotFoundTitle}</MessageBarTitle>
            {strings.PersonNotFoundDetail.replace('{0}', state.personRef)}
          </MessageBarBody>
        </MessageBar>
      );
    }
    if (card.error.kind === 'forbidden') {
      return <SectionError error={card.error} permission={REQUIRED_PERMISSION.profile} />;
    }
    return <ErrorState error={card.error} onRetry={state.reload} />;
  }
  if (!profile) {
    return <CardSkeleton />;
  }
  return (
    <article className={styles.root} aria-label={profile.displayName}>
      {renderHeader(state, card.data, profile, styles)}
      {renderSaveStatus(state)}
      {state.editing ? (
        <React.Suspense fallback={<Spinner size="tiny" label={commonStrings.Loading} labelPosition="after" />}>
          <LazyProfileEditor
            initial={{ aboutMe: aboutMeText(profile.aboutMe), skills: profile.skills, interests: profile.interests, responsibilities: profile.responsibilities }}
            locale={state.locale}
            onSave={state.saveProfile}
            onCancel={state.cancelEditing}
          />
        </React.Suspense>
      ) : (
        renderSections(state, card.data, profile, styles)
      )}
    </article>
  );
}
