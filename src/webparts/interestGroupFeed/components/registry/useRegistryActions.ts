import * as React from 'react';
import * as strings from 'InterestGroupFeedWebPartStrings';
import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import { fixFor, type RegistryProblem } from '../../../../model/feed/registryProblems';
import type { Person } from '../../../../model/Person';
import type {
  GroupCandidate,
  JobFunctionRuleFields,
  JobFunctionRuleItem,
  RegistryEntryFields
} from '../../../../services/registry/RegistryService';
import { changesOf, fieldsOf, withChanges, type EntryDraft } from './registryForm';
import type { RegistryActions, RegistryNotice, RegistryPanelProps } from './RegistryPanel.types';
import type { ChangeOutcome, CuratedList } from './useCuratedList';

interface ActionContext {
  props: RegistryPanelProps;
  entries: CuratedList<InterestGroup>;
  rules: CuratedList<JobFunctionRuleItem>;
  remember: (people: readonly Person[]) => void;
  setNotice: (notice: RegistryNotice | undefined) => void;
}

const fill = (template: string, name: string): string => template.replace('{0}', name);
let placeholders = 0;
/** Negative ids for items not saved yet, so they never clash with SharePoint's. */
const placeholderId = (): number => --placeholders;

const byName = (a: InterestGroup, b: InterestGroup): number => a.displayName.localeCompare(b.displayName, 'nl');
const byTitlePart = (a: JobFunctionRuleItem, b: JobFunctionRuleItem): number =>
  a.titlePart.localeCompare(b.titlePart, 'nl');

function replaceWhere<T>(items: readonly T[], match: (item: T) => boolean, next: T): T[] {
  return items.map((item) => (match(item) ? next : item));
}

/** Puts an item back where it was (or at the end) after a change that failed. */
function putBack<T>(items: readonly T[], item: T, index: number): T[] {
  const next = [...items];
  next.splice(Math.min(index, next.length), 0, item);
  return next;
}

type Announce = (outcome: ChangeOutcome, success: string, failure: string, name: string) => void;

function useAnnounce(context: ActionContext): Announce {
  const { setNotice, props } = context;
  return React.useCallback<Announce>(
    (outcome, success, failure, name) => {
      if (outcome.ok) {
        setNotice({ intent: 'success', text: fill(success, name) });
        props.onRegistryChanged?.();
        return;
      }
      const reason = outcome.error.kind === 'forbidden' ? ` ${strings.RegistryNotAllowed}` : '';
      setNotice({ intent: 'error', text: fill(failure, name) + reason });
    },
    [setNotice, props]
  );
}

function useAddEntry(context: ActionContext, announce: Announce): RegistryActions['addEntry'] {
  const { props, entries, remember } = context;
  return React.useCallback(
    (candidate: GroupCandidate, draft: EntryDraft) => {
      const fields = fieldsOf(draft);
      const placeholder: InterestGroup = {
        ...fields,
        id: candidate.id,
        registryItemId: placeholderId(),
        description: candidate.description,
        visibility: candidate.visibility
      };
      const isPlaceholder = (item: InterestGroup): boolean => item.registryItemId === placeholder.registryItemId;
      remember(draft.curators);
      void entries
        .change({
          apply: (items) => [...items, placeholder].sort(byName),
          run: () => props.registry.addGroup({ ...fields, groupId: candidate.id }),
          done: (items, saved) => replaceWhere(items, isPlaceholder, saved),
          undo: (items) => items.filter((item) => !isPlaceholder(item))
        })
        .then((outcome) =>
          announce(outcome, strings.RegistryEntryAdded, strings.RegistryEntryAddFailed, fields.displayName)
        );
    },
    [entries, props.registry, remember, announce]
  );
}

type UpdateEntry = (
  group: InterestGroup,
  changes: Partial<RegistryEntryFields>,
  success: string,
  failure: string
) => void;
type EntryActions = Pick<RegistryActions, 'saveEntry' | 'removeEntry' | 'addEntry'> & { updateEntry: UpdateEntry };

function useEntryActions(context: ActionContext): EntryActions {
  const { props, entries, remember } = context;
  const announce = useAnnounce(context);
  const update = React.useCallback<UpdateEntry>(
    (group, changes, success, failure) => {
      const same = (item: InterestGroup): boolean => item.registryItemId === group.registryItemId;
      void entries
        .change({
          apply: (items) => replaceWhere(items, same, withChanges(group, changes)),
          run: () => props.registry.updateGroup(group.registryItemId, changes),
          undo: (items) => replaceWhere(items, same, group)
        })
        .then((outcome) => announce(outcome, success, failure, group.displayName));
    },
    [entries, props.registry, announce]
  );
  const saveEntry = React.useCallback(
    (group: InterestGroup, draft: EntryDraft) => {
      const changes = changesOf(group, draft);
      if (Object.keys(changes).length === 0) return;
      remember(draft.curators);
      update(group, changes, strings.RegistryEntrySaved, strings.RegistryEntrySaveFailed);
    },
    [remember, update]
  );
  const removeEntry = React.useCallback(
    (group: InterestGroup) => {
      let index = 0;
      const same = (item: InterestGroup): boolean => item.registryItemId === group.registryItemId;
      void entries
        .change({
          apply: (items) => {
            index = items.findIndex(same);
            return items.filter((item) => !same(item));
          },
          run: () => props.registry.removeGroup(group.registryItemId),
          undo: (items) => putBack(items, group, index)
        })
        .then((outcome) =>
          announce(outcome, strings.RegistryEntryRemoved, strings.RegistryEntryRemoveFailed, group.displayName)
        );
    },
    [entries, props.registry, announce]
  );
  const addEntry = useAddEntry(context, announce);
  return React.useMemo(
    () => ({ saveEntry, removeEntry, addEntry, updateEntry: update }),
    [saveEntry, removeEntry, addEntry, update]
  );
}

function useRuleActions(context: ActionContext): Pick<RegistryActions, 'addRule' | 'saveRule' | 'removeRule'> {
  const { props, rules } = context;
  const announce = useAnnounce(context);
  const addRule = React.useCallback(
    (fields: JobFunctionRuleFields) => {
      const placeholder: JobFunctionRuleItem = { ...fields, itemId: placeholderId() };
      const isPlaceholder = (item: JobFunctionRuleItem): boolean => item.itemId === placeholder.itemId;
      void rules
        .change({
          apply: (items) => [...items, placeholder].sort(byTitlePart),
          run: () => props.registry.addRule(fields),
          done: (items, saved) => replaceWhere(items, isPlaceholder, saved),
          undo: (items) => items.filter((item) => !isPlaceholder(item))
        })
        .then((outcome) =>
          announce(outcome, strings.RegistryRuleAdded, strings.RegistryRuleAddFailed, fields.titlePart)
        );
    },
    [rules, props.registry, announce]
  );
  const saveRule = React.useCallback(
    (rule: JobFunctionRuleItem, changes: JobFunctionRuleFields) => {
      const same = (item: JobFunctionRuleItem): boolean => item.itemId === rule.itemId;
      void rules
        .change({
          apply: (items) => replaceWhere(items, same, { ...rule, ...changes }),
          run: () => props.registry.updateRule(rule.itemId, changes),
          undo: (items) => replaceWhere(items, same, rule)
        })
        .then((outcome) =>
          announce(outcome, strings.RegistryRuleSaved, strings.RegistryRuleSaveFailed, changes.titlePart)
        );
    },
    [rules, props.registry, announce]
  );
  const removeRule = React.useCallback(
    (rule: JobFunctionRuleItem) => {
      let index = 0;
      const same = (item: JobFunctionRuleItem): boolean => item.itemId === rule.itemId;
      void rules
        .change({
          apply: (items) => {
            index = items.findIndex(same);
            return items.filter((item) => !same(item));
          },
          run: () => props.registry.removeRule(rule.itemId),
          undo: (items) => putBack(items, rule, index)
        })
        .then((outcome) =>
          announce(outcome, strings.RegistryRuleRemoved, strings.RegistryRuleRemoveFailed, rule.titlePart)
        );
    },
    [rules, props.registry, announce]
  );
  return React.useMemo(() => ({ addRule, saveRule, removeRule }), [addRule, saveRule, removeRule]);
}

/** The curator's changes: each one shows at once, then is confirmed or taken back with a notice saying why. */
export function useRegistryActions(context: ActionContext): RegistryActions {
  const { updateEntry, ...entryActions } = useEntryActions(context);
  const ruleActions = useRuleActions(context);
  const { removeEntry } = entryActions;
  const entriesState = context.entries.state;
  const fixProblem = React.useCallback(
    (problem: RegistryProblem) => {
      const current = entriesState.status === 'ready' ? entriesState.data : [];
      const group = current.find((item) => item.registryItemId === problem.group.registryItemId) ?? problem.group;
      if (fixFor(problem).action === 'remove') {
        removeEntry(group);
      } else {
        updateEntry(group, { feedChannelId: undefined }, strings.RegistryUsesGeneral, strings.RegistryEntrySaveFailed);
      }
    },
    [entriesState, removeEntry, updateEntry]
  );
  return React.useMemo(
    () => ({ ...entryActions, ...ruleActions, fixProblem }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [entryActions.saveEntry, entryActions.removeEntry, entryActions.addEntry, ruleActions, fixProblem]
  );
}
