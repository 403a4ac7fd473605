/**
 * Kring's SharePoint lists on its home site, with the columns the template
 * (sharepoint/assets/kring-lists.xml) adds to them: the one source of list titles and column names for the services
 * that query the lists and for the health check that verifies them.
 */
export const INTEREST_GROUPS_LIST = {
  title: 'Kring Interest Groups',
  columns: ['GroupId', 'JobFunctions', 'Topics', 'Featured', 'FeedChannelId', 'Curators']
} as const;

/** The site owners' map from job titles (the item's Title, a part of a title) to job functions. */
export const JOB_FUNCTIONS_LIST = {
  title: 'Kring Job Functions',
  columns: ['JobFunction']
} as const;

export const HIGHLIGHTS_LIST = {
  title: 'Kring Highlights',
  columns: [
    'Kind',
    'GroupId',
    'TeamId',
    'ChannelId',
    'MessageId',
    'ReplyId',
    'ContributorId',
    'ContributorName',
    'CuratorId',
    'Topics',
    'WebUrl'
  ]
} as const;

/** Join and leave requests that Graph refused to the requester, for the group's owners to decide. */
export const MEMBERSHIP_REQUESTS_LIST = {
  title: 'Kring Membership Requests',
  columns: ['GroupId', 'RequesterId', 'RequesterName', 'Action', 'Status', 'DecidedById']
} as const;

export interface KringListDefinition {
  readonly title: string;
  readonly columns: readonly string[];
}

export const KRING_LISTS: readonly KringListDefinition[] = [
  INTEREST_GROUPS_LIST,
  HIGHLIGHTS_LIST,
  JOB_FUNCTIONS_LIST,
  MEMBERSHIP_REQUESTS_LIST
];

/** SharePoint's own columns of every list that Kring reads. */
export const BUILT_IN_COLUMNS = ['Id', 'Title', 'Created'] as const;

export type BuiltInColumn = (typeof BUILT_IN_COLUMNS)[number];
export type HighlightsColumn = (typeof HIGHLIGHTS_LIST.columns)[number] | BuiltInColumn;
export type InterestGroupsColumn = (typeof INTEREST_GROUPS_LIST.columns)[number] | BuiltInColumn;
export type JobFunctionsColumn = (typeof JOB_FUNCTIONS_LIST.columns)[number] | BuiltInColumn;
export type MembershipRequestsColumn = (typeof MEMBERSHIP_REQUESTS_LIST.columns)[number] | BuiltInColumn;

/** What a registry entry is read with, wherever it is read (the feed's groups, the curators' panel). */
export const REGISTRY_ENTRY_FIELDS: readonly InterestGroupsColumn[] = [
  'Id',
  'Title',
  'GroupId',
  'JobFunctions',
  'Topics',
  'Featured',
  'FeedChannelId',
  'Curators'
];
