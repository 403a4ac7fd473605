import * as React from 'react';
import { Tag } from '@fluentui/react-components';
import { TextLink } from '../TextLink/TextLink';
import type { TagListItem, TagListState } from './TagList.types';
import type { useTagListStyles } from './useTagListStyles';

type Styles = ReturnType<typeof useTagListStyles>;

function renderItem(item: TagListItem, linked: boolean, tabStop: boolean, styles: Styles): React.ReactElement {
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
        <TextLink href={item.href} title={item.title} tabIndex={tabStop ? 0 : -1}>
          {item.text}
        </TextLink>
      ) : (
        item.text
      )}
    </Tag>
  );
}

/**
 * Fluent Tags in a list, or in a toolbar when they link. Not in a TagGroup: its arrow keys come with tabster (about
 * 16 KB gz) on every page that shows a card, which the page's JS budget (100 KB) has no room for; the toolbar's own
 * keys (useToolbarNavigation) give the same one tab stop and arrow keys between the links.
 */
export function renderTagList(state: TagListState, styles: Styles): React.ReactElement {
  const keys = state.linked ? { onKeyDown: state.onKeyDown, onFocus: state.onFocus } : {};
  return (
    <div role={state.linked ? 'toolbar' : 'list'} aria-label={state.label} className={styles.root} {...keys}>
      {state.items.map((item, index) => renderItem(item, state.linked, index === state.tabStop, styles))}
    </div>
  );
}
