import * as React from 'react';
import { Link, Tag, TagGroup } from '@fluentui/react-components';
import type { TagListItem, TagListState } from './TagList.types';
import type { useTagListStyles } from './useTagListStyles';

type Styles = ReturnType<typeof useTagListStyles>;

function renderItem(item: TagListItem, linked: boolean, styles: Styles): React.ReactElement {
  return (
    <Tag
      key={item.tag}
      role={linked ? undefined : 'listitem'}
      shape="circular"
      className={styles.tag}
      primaryText={{ className: styles.text }}
      title={item.href ? undefined : item.title}
    >
      {item.href ? (
        <Link href={item.href} title={item.title}>
          {item.text}
        </Link>
      ) : (
        item.text
      )}
    </Tag>
  );
}

export function renderTagList(state: TagListState, styles: Styles): React.ReactElement {
  return (
    <TagGroup role={state.linked ? 'toolbar' : 'list'} aria-label={state.label} className={styles.root}>
      {state.items.map((item) => renderItem(item, state.linked, styles))}
    </TagGroup>
  );
}
