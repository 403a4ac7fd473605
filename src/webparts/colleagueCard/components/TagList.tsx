import * as React from 'react';
import { Link, makeStyles, tokens } from '@fluentui/react-components';

export interface TagListProps {
  label: string;
  tags: readonly string[];
  /** Makes each label a link, e.g. to a directory search for it. */
  href?: (tag: string) => string;
}

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, listStyleType: 'none', margin: 0, padding: 0 },
  tag: {
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`
  }
});

/** Profile labels (skills, interests) as a list of chips; each label is rendered as text or link text. */
export function TagList({ label, tags, href }: TagListProps): React.ReactElement {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {tags.map((tag) => (
        <li key={tag} className={styles.tag}>
          {href ? <Link href={href(tag)}>{tag}</Link> : tag}
        </li>
      ))}
    </ul>
  );
}
