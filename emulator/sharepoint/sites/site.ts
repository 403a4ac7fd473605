import type { TeamGroup } from '../store/teamSiteStore';

/** A SharePoint site of the demo tenant: the intranet (Kring's home site) or the team site of a group. */
export interface Site {
  /** The segment after `/sites/`, as the site spells it. */
  name: string;
  /** Server-relative URL, e.g. `/sites/intranet`. */
  path: string;
  title: string;
  description: string;
  created: string;
  webTemplate: 'SITEPAGEPUBLISHING' | 'GROUP';
  /** The group behind a team site. */
  group?: TeamGroup;
}

export const INTRANET_SITE_NAME = 'intranet';
export const INTRANET_SITE_PATH = `/sites/${INTRANET_SITE_NAME}`;

export const INTRANET_SITE: Site = {
  name: INTRANET_SITE_NAME,
  path: INTRANET_SITE_PATH,
  title: 'Intranet',
  description: 'Het intranet van Hogeschool Kring.',
  created: '2019-09-02T08:00:00Z',
  webTemplate: 'SITEPAGEPUBLISHING'
};

/** A group-connected team site lives at `/sites/<mailNickname>`, titled like its group. */
export function teamSite(group: TeamGroup): Site {
  const name = group.mailNickname ?? group.id;
  return {
    name,
    path: `/sites/${name}`,
    title: group.displayName,
    description: group.description ?? '',
    created: group.createdDateTime.replace(/\.\d{3}Z$/, 'Z'),
    webTemplate: 'GROUP',
    group
  };
}
