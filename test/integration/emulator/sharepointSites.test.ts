import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/security';
import { PermissionKind } from '@pnp/sp/security';
import { createBrowserClients, type KringClients } from '../../../src/services/clients';
import { KRING_LISTS } from '../../../src/services/lists/kringLists';
import { toServiceError } from '../../../src/services/toServiceError';
import { emulatorPerFile } from '../../support/emulatorPerFile';
import { ANNE, DAAN } from './graphClient';

/** Anne owns Toetsing en beoordeling (public) and is a member of Teamleiders overleg (private); Daan is in neither. */
const TOETSING = 'ig-toetsing';
const TEAMLEIDERS = 'ig-teamleiders';
const HIGHLIGHTS = "/_api/web/lists/getbytitle('Kring%20Highlights')";
/** One of the intranet's site owners; everyone else in the organisation is a visitor there. */
const SITE_OWNER = 'ingrid.mulder@hogeschool.example';

const emulator = emulatorPerFile();

function clientsOn(site: string, user: string): KringClients {
  return createBrowserClients({
    graphBaseUrl: emulator.graphUrl,
    spBaseUrl: emulator.spUrlFor(site),
    getToken: () => emulator.token(user)
  });
}

describe('team sites', () => {
  it("answers web and contextinfo on a group's team site", async () => {
    const web = await emulator.spFetch('/_api/web', { site: TOETSING });
    expect(web.status).toBe(200);
    expect(web.json).toMatchObject({
      Title: 'Toetsing en beoordeling',
      Url: emulator.spUrlFor(TOETSING),
      ServerRelativeUrl: `/sites/${TOETSING}`,
      WebTemplate: 'GROUP'
    });
    const intranet = await emulator.spFetch('/_api/web?$select=Id');
    expect((web.json as { Id: string }).Id).toMatch(/^[0-9a-f-]{36}$/);
    expect((web.json as { Id: string }).Id).not.toBe((intranet.json as { Id: string }).Id);
    const context = await emulator.spFetch('/_api/contextinfo', { site: TOETSING, method: 'POST' });
    expect(context.json).toMatchObject({
      WebFullUrl: emulator.spUrlFor(TOETSING),
      SiteFullUrl: emulator.spUrlFor(TOETSING)
    });
  });

  it("lists the team site's libraries but none of Kring's lists", async () => {
    const lists = await emulator.spFetch('/_api/web/lists', { site: TOETSING });
    expect(
      (lists.json as { value: Array<{ Title: string; BaseTemplate: number }> }).value.map((list) => [
        list.Title,
        list.BaseTemplate
      ])
    ).toEqual([
      ['Documents', 101],
      ['Site Pages', 119]
    ]);
    const intranetLists = await emulator.spFetch('/_api/web/lists');
    expect((intranetLists.json as { value: Array<{ Title: string }> }).value.map((list) => list.Title).sort()).toEqual(
      KRING_LISTS.map((list) => list.title).sort()
    );
  });

  it("answers SharePoint's 404 for Kring's lists on a team site, in both JSON shapes and through PnPjs", async () => {
    const message = `List 'Kring Highlights' does not exist at site with URL '${emulator.spUrlFor(TOETSING)}'.`;
    const light = await emulator.spFetch(`${HIGHLIGHTS}/items`, { site: TOETSING });
    expect(light.status).toBe(404);
    expect(light.json).toEqual({
      'odata.error': { code: '-1, System.ArgumentException', message: { lang: 'en-US', value: message } }
    });
    const verbose = await emulator.spFetch(HIGHLIGHTS, { site: TOETSING, accept: 'application/json;odata=verbose' });
    expect(verbose.json).toEqual({
      error: { code: '-1, System.ArgumentException', message: { lang: 'en-US', value: message } }
    });
    const failure = await toServiceError(
      await clientsOn(TOETSING, ANNE)
        .sp.web.lists.getByTitle('Kring Highlights')()
        .catch((error: unknown) => error)
    );
    expect(failure.status).toBe(404);
    expect(failure.message).toBe(message);
  });

  it('reads a team site through PnPjs with a bearer token', async () => {
    const { sp } = clientsOn(TOETSING, DAAN);
    const web = await sp.web.select('Title', 'ServerRelativeUrl')();
    expect(web).toEqual(
      expect.objectContaining({ Title: 'Toetsing en beoordeling', ServerRelativeUrl: `/sites/${TOETSING}` })
    );
    const documents = await sp.web.lists.getByTitle('Documents').select('ItemCount', 'BaseTemplate')();
    expect(documents).toMatchObject({ ItemCount: 0, BaseTemplate: 101 });
  });

  it('answers 404 for a site nobody has, and keeps private team sites to their members', async () => {
    const unknown = await emulator.spFetch('/_api/web', { site: 'ig-does-not-exist' });
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ 'odata.error': { code: '-2147024894, System.IO.FileNotFoundException' } });
    const outsider = await emulator.spFetch('/_api/web', { site: TEAMLEIDERS, user: DAAN });
    expect(outsider.status).toBe(403);
    expect(outsider.json).toMatchObject({ 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException' } });
    expect((await emulator.spFetch('/_api/web', { site: TEAMLEIDERS, user: ANNE })).status).toBe(200);
    expect((await emulator.spFetch('/_api/web', { site: 'ig-does-not-exist', user: null })).status).toBe(401);
  });
});

describe('effective permissions', () => {
  it('gives the intranet visitors Read and its owners Full Control, as { High, Low } strings', async () => {
    const light = await emulator.spFetch('/_api/web/effectiveBasePermissions', { user: DAAN });
    expect(light.json).toEqual({ High: '176', Low: '138612833' });
    const verbose = await emulator.spFetch(`${HIGHLIGHTS}/effectiveBasePermissions`, {
      user: DAAN,
      accept: 'application/json;odata=verbose'
    });
    expect(verbose.json).toEqual({
      d: { EffectiveBasePermissions: { __metadata: { type: 'SP.BasePermissions' }, High: '176', Low: '138612833' } }
    });
    const owner = await emulator.spFetch('/_api/web/effectiveBasePermissions', { user: SITE_OWNER });
    expect(owner.json).toEqual({ High: '2147483647', Low: '4294967295' });
  });

  it('gives team site owners Full Control and others Edit, and intranet visitors no writes, as PnPjs reads them', async () => {
    const owner = clientsOn(TOETSING, ANNE).sp.web;
    expect(await owner.currentUserHasPermissions(PermissionKind.ManageWeb)).toBe(true);
    const visitor = clientsOn(TOETSING, DAAN).sp.web;
    expect(await visitor.currentUserHasPermissions(PermissionKind.AddListItems)).toBe(true);
    expect(await visitor.currentUserHasPermissions(PermissionKind.ManageWeb)).toBe(false);
    const highlights = clientsOn('intranet', DAAN).sp.web.lists.getByTitle('Kring Highlights');
    expect(await highlights.currentUserHasPermissions(PermissionKind.ViewListItems)).toBe(true);
    expect(await highlights.currentUserHasPermissions(PermissionKind.AddListItems)).toBe(false);
    const requests = clientsOn('intranet', DAAN).sp.web.lists.getByTitle('Kring Membership Requests');
    expect(await requests.currentUserHasPermissions(PermissionKind.EditListItems)).toBe(true);
    expect(await requests.currentUserHasPermissions(PermissionKind.ManageLists)).toBe(false);
  });

  it('answers DoesUserHavePermissions for the web and a list', async () => {
    const ask = async (path: string, user: string, mask: { High: string; Low: string }): Promise<unknown> =>
      (
        await emulator.spFetch(
          `${path}/doesUserHavePermissions(@v)?@v=${encodeURIComponent(JSON.stringify(mask).replace(/"/g, "'"))}`,
          {
            user
          }
        )
      ).json;
    const addItems = { High: '0', Low: '2' };
    expect(await ask('/_api/web', DAAN, { High: '0', Low: '1' })).toEqual({ value: true });
    expect(await ask(HIGHLIGHTS, DAAN, addItems)).toEqual({ value: false });
    expect(await ask("/_api/web/lists/getbytitle('Kring%20Membership%20Requests')", DAAN, addItems)).toEqual({
      value: true
    });
    expect(await ask(HIGHLIGHTS, SITE_OWNER, addItems)).toEqual({ value: true });
  });

  it("answers getUserEffectivePermissions for another user's login name to site owners only", async () => {
    const login = encodeURIComponent(`'i:0#.f|membership|${DAAN}'`);
    const asOwner = await emulator.spFetch(`${HIGHLIGHTS}/getUserEffectivePermissions(@user)?@user=${login}`, {
      user: SITE_OWNER
    });
    expect(asOwner.json).toEqual({ High: '176', Low: '138612833' });
    const ownSite = await emulator.spFetch(
      `/_api/web/getUserEffectivePermissions(@user)?@user=${encodeURIComponent(`'i:0#.f|membership|${SITE_OWNER}'`)}`,
      { user: SITE_OWNER }
    );
    expect(ownSite.json).toEqual({ High: '2147483647', Low: '4294967295' });
    const asVisitor = await emulator.spFetch(`/_api/web/getUserEffectivePermissions(@user)?@user=${login}`, {
      user: DAAN
    });
    expect(asVisitor.status).toBe(403);
    expect(asVisitor.json).toMatchObject({
      'odata.error': { code: '-2147024891, System.UnauthorizedAccessException' }
    });
  });
});

describe('list fields', () => {
  it('lists the columns with $select and $filter, as a health check reads them', async () => {
    const visible = await emulator.spFetch(
      `${HIGHLIGHTS}/fields?$select=InternalName,TypeAsString&$filter=${encodeURIComponent('Hidden eq false')}`
    );
    expect(visible.status).toBe(200);
    const fields = (visible.json as { value: Array<{ InternalName: string; TypeAsString: string }> }).value;
    expect(fields).toEqual(
      expect.arrayContaining([
        { InternalName: 'Title', TypeAsString: 'Text' },
        { InternalName: 'Kind', TypeAsString: 'Choice' },
        { InternalName: 'Topics', TypeAsString: 'MultiChoice' },
        { InternalName: 'WebUrl', TypeAsString: 'Note' },
        { InternalName: 'Author', TypeAsString: 'User' }
      ])
    );
    expect(fields.map((field) => field.InternalName)).not.toContain('ContentTypeId');
    const kind = await emulator.spFetch(
      `${HIGHLIGHTS}/fields?$filter=${encodeURIComponent("InternalName eq 'Kind'")}&$select=Title,Choices`
    );
    expect((kind.json as { value: unknown[] }).value).toEqual([
      { Title: 'Kind', Choices: ['AcceptedAnswer', 'LearningResource'] }
    ]);
  });

  it('reads one column by internal name or title, and answers SharePoint errors for missing ones and bad queries', async () => {
    const groupId = await emulator.spFetch(
      `/_api/web/lists/getbytitle('Kring%20Interest%20Groups')/fields/getbyinternalnameortitle('Group%20ID')?$select=InternalName,Required`
    );
    expect(groupId.json).toEqual({ InternalName: 'GroupId', Required: true });
    const missing = await emulator.spFetch(`${HIGHLIGHTS}/fields/getbyinternalnameortitle('Colour')`);
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({
      'odata.error': {
        code: '-2147024809, System.ArgumentException',
        message: {
          value:
            "Column 'Colour' does not exist. It may have been deleted by another user.  /sites/intranet/Lists/KringHighlights"
        }
      }
    });
    expect((await emulator.spFetch(`${HIGHLIGHTS}/fields?$select=Colour`)).status).toBe(400);
    expect((await emulator.spFetch(`${HIGHLIGHTS}/fields?$filter=${encodeURIComponent('Colour eq 1')}`)).status).toBe(
      400
    );
    expect(
      (await emulator.spFetch(`${HIGHLIGHTS}/fields?$filter=${encodeURIComponent("InternalName eq 'x' and")}`)).status
    ).toBe(400);
  });

  it('serves fields to PnPjs', async () => {
    const list = clientsOn('intranet', ANNE).sp.web.lists.getByTitle('Kring Highlights');
    const topics = await list.fields.select('InternalName', 'TypeAsString').filter("InternalName eq 'Topics'")();
    expect(topics).toEqual([expect.objectContaining({ InternalName: 'Topics', TypeAsString: 'MultiChoice' })]);
    const kind = await list.fields.getByInternalNameOrTitle('Kind').select('InternalName', 'FieldTypeKind')();
    expect(kind).toMatchObject({ InternalName: 'Kind', FieldTypeKind: 6 });
  });
});
