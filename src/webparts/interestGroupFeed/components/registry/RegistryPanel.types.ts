import type { AsyncData } from '../../../../hooks/AsyncData';
import type { KringLocale } from '../../../../host/HostInfo';
import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import type { RegistryProblem } from '../../../../model/feed/registryProblems';
import type { Person } from '../../../../model/Person';
import type {
  GroupCandidate,
  JobFunctionRuleFields,
  JobFunctionRuleItem,
  RegistryService
} from '../../../../services/registry/RegistryService';
import type { EntryDraft } from './registryForm';

export interface RegistryPanelProps {
  registry: RegistryService;
  /** Called after a change was saved, e.g. for the feed and the group browser to read the registry again. */
  onRegistryChanged?: () => void;
}

/** The outcome of the last change, announced in the panel's status region (and shown when it failed). */
export interface RegistryNotice {
  intent: 'success' | 'error';
  text: string;
}

/** The changes a curator makes; each shows at once and is taken back, with a notice, when it fails. */
export interface RegistryActions {
  saveEntry: (group: InterestGroup, draft: EntryDraft) => void;
  removeEntry: (group: InterestGroup) => void;
  addEntry: (candidate: GroupCandidate, draft: EntryDraft) => void;
  fixProblem: (problem: RegistryProblem) => void;
  addRule: (rule: JobFunctionRuleFields) => void;
  saveRule: (rule: JobFunctionRuleItem, changes: JobFunctionRuleFields) => void;
  removeRule: (rule: JobFunctionRuleItem) => void;
}

export interface RegistryPanelState {
  registry: RegistryService;
  locale: KringLocale;
  /** Whether the signed-in user may curate; the panel shows nothing until this is `true`. */
  canCurate: boolean;
  entries: AsyncData<InterestGroup[]>;
  reloadEntries: () => void;
  rules: AsyncData<JobFunctionRuleItem[]>;
  reloadRules: () => void;
  problems: AsyncData<RegistryProblem[]>;
  checkProblems: () => void;
  /** The curators named in the registry, by lower-case id. */
  people: ReadonlyMap<string, Person>;
  /** Job functions of the registry and the map, as suggestions. */
  jobFunctions: string[];
  notice: RegistryNotice | undefined;
  actions: RegistryActions;
}
