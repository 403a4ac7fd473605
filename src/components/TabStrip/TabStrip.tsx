import * as React from 'react';
import { mergeClasses, useFluent, useId } from '@fluentui/react-components';
import { tabForKey } from './tabKeys';
import type { TabStripProps } from './TabStrip.types';
import { useTabStripStyles } from './useTabStripStyles';

/**
 * Tabs in the WAI-ARIA pattern, with the selected tab's content in a tab panel below them: one tab stop (the
 * selected tab), the arrow keys, Home and End move to a tab and select it, and Tab goes on into the panel.
 */
export function TabStrip<V extends string>(props: TabStripProps<V>): React.ReactElement {
  const { tabs, selectedValue, onSelect } = props;
  const styles = useTabStripStyles();
  const { dir } = useFluent();
  const idBase = useId('kring-tabs-');
  const tabId = (value: string): string => `${idBase}-tab-${value}`;
  const panelId = `${idBase}-panel`;
  const list = React.useRef<HTMLDivElement>(null);

  const selectedIndex = tabs.findIndex((tab) => tab.value === selectedValue);
  // Without a selected tab among them, the first one keeps the list reachable with Tab.
  const tabStop = Math.max(selectedIndex, 0);

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>): void => {
    const buttons = Array.from(list.current?.querySelectorAll<HTMLElement>('[role="tab"]') ?? []);
    const from = buttons.indexOf(event.target as HTMLElement);
    const next = tabForKey(event.key, from < 0 ? tabStop : from, tabs.length, dir === 'rtl');
    if (next === undefined) return;
    event.preventDefault();
    buttons[next]?.focus();
    if (next !== selectedIndex) onSelect(tabs[next].value);
  };

  return (
    <>
      <div ref={list} role="tablist" aria-label={props.label} className={styles.list} onKeyDown={onKeyDown}>
        {tabs.map((tab, index) => {
          const selected = index === selectedIndex;
          return (
            <button
              key={tab.value}
              type="button"
              role="tab"
              id={tabId(tab.value)}
              aria-selected={selected}
              aria-controls={selected ? panelId : undefined}
              tabIndex={index === tabStop ? 0 : -1}
              className={mergeClasses(styles.tab, styles.indicators, styles.focus, selected && styles.selected)}
              onClick={() => !selected && onSelect(tab.value)}
            >
              <span className={mergeClasses(styles.label, selected && styles.labelSelected)}>{tab.label}</span>
              <span className={styles.reserved} aria-hidden="true">
                {tab.label}
              </span>
            </button>
          );
        })}
      </div>
      <div
        role="tabpanel"
        id={panelId}
        aria-labelledby={tabId(selectedValue)}
        className={mergeClasses(styles.panel, props.panelClassName)}
      >
        {props.children}
      </div>
    </>
  );
}
