import type { FastifyRequest } from 'fastify';
import type { GroupRow } from '../../shared/store/rows';
import { parseSelect, project, queryOption } from '../odata/queryOptions';
import { TENANT_ID } from '../seed/organisation';

export const GROUP_PROPERTIES = [
  'id',
  'displayName',
  'description',
  'mail',
  'mailNickname',
  'mailEnabled',
  'securityEnabled',
  'groupTypes',
  'visibility',
  'createdDateTime',
  'resourceProvisioningOptions',
  'classification',
  'renewedDateTime',
  'proxyAddresses'
] as const;

const GROUP_PROPERTY_SET: ReadonlySet<string> = new Set(GROUP_PROPERTIES);

export function fullGroup(row: GroupRow): Record<string, unknown> {
  return {
    id: row.id,
    displayName: row.displayName,
    description: row.description,
    mail: row.mail,
    mailNickname: row.mailNickname,
    mailEnabled: true,
    securityEnabled: false,
    groupTypes: ['Unified'],
    visibility: row.visibility,
    createdDateTime: row.createdDateTime,
    renewedDateTime: row.createdDateTime,
    resourceProvisioningOptions: ['Team'],
    classification: null,
    proxyAddresses: row.mail ? [`SMTP:${row.mail}`] : []
  };
}

export function parseGroupSelect(request: FastifyRequest): string[] | undefined {
  return parseSelect(queryOption(request, '$select'), 'group', GROUP_PROPERTY_SET);
}

export function groupJson(row: GroupRow, selected: readonly string[] | undefined): Record<string, unknown> {
  return { '@odata.type': '#microsoft.graph.group', ...project(fullGroup(row), selected, GROUP_PROPERTIES) };
}

export function teamJson(row: GroupRow): Record<string, unknown> {
  return {
    id: row.id,
    createdDateTime: row.createdDateTime,
    displayName: row.displayName,
    description: row.description,
    internalId: `19:${row.id.replace(/-/g, '')}@thread.tacv2`,
    classification: null,
    specialization: 'none',
    visibility: row.visibility === 'Private' ? 'private' : 'public',
    webUrl: `https://teams.microsoft.com/l/team/19%3a${row.id.replace(/-/g, '')}%40thread.tacv2/conversations?groupId=${row.id}&tenantId=${TENANT_ID}`,
    isArchived: false,
    tenantId: TENANT_ID,
    isMembershipLimitedToOwners: false,
    memberSettings: { allowCreateUpdateChannels: true, allowDeleteChannels: false, allowAddRemoveApps: true },
    messagingSettings: {
      allowUserEditMessages: true,
      allowUserDeleteMessages: true,
      allowOwnerDeleteMessages: true,
      allowTeamMentions: true,
      allowChannelMentions: true
    }
  };
}
