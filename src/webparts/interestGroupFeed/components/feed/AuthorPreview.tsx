import * as React from 'react';
import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { initials } from '../../../../components/Person/initials';

/** Laid out as a small `Persona` (28 px avatar, its gap, the name in body1): nothing moves when the two swap. */
const useStyles = makeStyles({
  root: {
    display: 'inline-grid',
    gridTemplateColumns: 'max-content auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    maxWidth: '100%'
  },
  avatar: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '28px',
    height: '28px',
    borderRadius: tokens.borderRadiusCircular,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground3,
    backgroundColor: tokens.colorNeutralBackground6
  },
  name: {
    ...typographyStyles.body1,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForegroundLink,
    overflowWrap: 'anywhere'
  }
});

/**
 * An author as a feed row shows them while the feed scrolls past: initials and name where the `Person` (photo,
 * presence, profile link, hover card) will be once the row is upgraded.
 */
export function AuthorPreview({ name }: { name: string }): React.ReactElement {
  const styles = useStyles();
  return (
    <span className={styles.root}>
      <span className={styles.avatar} aria-hidden="true">
        {initials(name)}
      </span>
      <span className={styles.name}>{name}</span>
    </span>
  );
}
