import * as path from 'path';
import * as vm from 'vm';
import { amdAsCommonJs, readStringModules, stringModuleSource } from '../../workbench/localeStrings';
import { parsePropertyValue, propertiesFromQuery, propertiesToQuery } from '../../workbench/src/propertyValues';
import { parseWorkbenchQuery, toSearch, withHost } from '../../workbench/src/workbenchQuery';
import { workbenchHtml } from '../../workbench/server';
import { findChannelTab, WorkbenchTeamsApp, workbenchTeamsContext } from '../../workbench/src/workbenchTeams';
import { connectTeamsHost, hostInfoFromTeams, withTeamsActions } from '../../src/host/teamsHost';
import { simulatedTeamsJs, teamsActionsOf, type TeamsCall } from '../../workbench/src/workbenchTeamsActions';
import { workbenchStrings } from '../../workbench/src/strings';
import { renewingToken } from '../../workbench/src/tokenSource';
import { emulatorUrl } from '../support/browser';
import type { PropertyPageDefinition } from '../../src/webparts/shared/propertyFields';

const root = path.resolve(__dirname, '..', '..');

describe('workbench URL query', () => {
  it('reads every choice and the prop.* values', () => {
    const query = parseWorkbenchQuery(
      '?user=daan.bakker%40hogeschool.example&host=teams&webpart=colleagueCard&theme=teamsDark&locale=nl-nl&layout=oneThird&prop.title=Hallo'
    );
    expect(query).toEqual({
      user: 'daan.bakker@hogeschool.example',
      host: 'teams',
      theme: 'teamsDark',
      locale: 'nl-nl',
      layout: 'oneThird',
      webpart: 'colleagueCard',
      props: { title: 'Hallo' }
    });
    expect(parseWorkbenchQuery(toSearch(query))).toEqual(query);
  });

  it('reads each section layout and leaves the sample page out of the URL', () => {
    for (const layout of ['oneThird', 'half', 'full'] as const) {
      expect(parseWorkbenchQuery(`?layout=${layout}`).layout).toBe(layout);
      expect(toSearch(parseWorkbenchQuery(`?layout=${layout}`))).toContain(`layout=${layout}`);
    }
    expect(toSearch(parseWorkbenchQuery(''))).not.toContain('layout');
  });

  it('defaults to a light SharePoint page in English and ignores unknown values', () => {
    expect(parseWorkbenchQuery('?host=intranet&theme=purple&locale=fr-fr&webpart=calendar&layout=quarter')).toEqual({
      user: undefined,
      host: 'sharepoint',
      theme: 'sharepointLight',
      locale: 'en-us',
      layout: 'sample',
      webpart: undefined,
      props: {}
    });
  });

  it('reads edit mode from mode=edit and keeps it in the URL; any other mode is view mode', () => {
    const editing = parseWorkbenchQuery('?mode=edit&webpart=colleagueCard');
    expect(editing.mode).toBe('edit');
    expect(parseWorkbenchQuery(toSearch(editing)).mode).toBe('edit');
    expect(parseWorkbenchQuery('?mode=design').mode).toBeUndefined();
    expect(toSearch(parseWorkbenchQuery(''))).not.toContain('mode');
  });

  it('keeps host and theme consistent', () => {
    expect(parseWorkbenchQuery('?theme=teamsHighContrast').host).toBe('teams');
    expect(parseWorkbenchQuery('?host=sharepoint&theme=teamsDark').theme).toBe('sharepointLight');
    expect(withHost(parseWorkbenchQuery('?theme=sharepointDark'), 'teams').theme).toBe('teamsLight');
    expect(withHost(parseWorkbenchQuery('?theme=teamsDark'), 'teams').theme).toBe('teamsDark');
  });
});

describe('property values', () => {
  const page: PropertyPageDefinition = {
    description: 'd',
    groups: [
      {
        name: 'g',
        fields: [
          { kind: 'text', key: 'title', label: 'Title' },
          { kind: 'toggle', key: 'compact', label: 'Compact' },
          { kind: 'number', key: 'count', label: 'Count', min: 1, max: 20 },
          {
            kind: 'choice',
            key: 'sort',
            label: 'Sort',
            options: [
              { key: 'new', text: 'Newest' },
              { key: 'top', text: 'Top' }
            ]
          }
        ]
      }
    ]
  };

  it('types prop.* strings by their field and drops what does not fit', () => {
    expect(propertiesFromQuery(page, { title: 'Hi', compact: 'true', count: '50', sort: 'top', unknown: 'x' })).toEqual(
      {
        title: 'Hi',
        compact: true,
        count: 20,
        sort: 'top'
      }
    );
    expect(propertiesFromQuery(page, { compact: 'yes', count: 'many', sort: 'oldest' })).toEqual({});
    expect(parsePropertyValue(page.groups[0].fields[2], '')).toBeUndefined();
  });

  it('writes values back as prop.* strings, leaving out empty ones', () => {
    expect(propertiesToQuery({ title: '', compact: false, count: 3, sort: undefined })).toEqual({
      compact: 'false',
      count: '3'
    });
  });
});

describe('SPFx string modules in the workbench build', () => {
  const modules = readStringModules(root);

  it('finds every localizedResources module of config/config.json with both locales', () => {
    const config = require(path.join(root, 'config', 'config.json')) as { localizedResources: Record<string, string> };
    expect(modules.map((module) => module.name).sort()).toEqual(Object.keys(config.localizedResources).sort());
    for (const module of modules) {
      expect(Object.keys(module.files).sort()).toEqual(['en-us', 'nl-nl']);
    }
    expect(modules.find((module) => module.name === 'KringCommonStrings')?.files['nl-nl']).toBe(
      path.join(root, 'src', 'loc', 'nl-nl.js')
    );
  });

  it('evaluates the AMD file of the active locale, English when the locale is missing', () => {
    const common = modules.find((module) => module.name === 'KringCommonStrings')!;
    const evaluate = (locale: string, files: Record<string, string>): Record<string, string> => {
      const fakeModule = { exports: {} as Record<string, string> };
      const fakeRequire = (id: string): unknown => {
        if (id === 'active-locale') {
          return { activeLocale: () => locale };
        }
        const loaded = { exports: {} as unknown };
        vm.runInNewContext(amdAsCommonJs(require('fs').readFileSync(id, 'utf8')), { module: loaded });
        return loaded.exports;
      };
      vm.runInNewContext(stringModuleSource({ name: common.name, files }, 'active-locale'), {
        module: fakeModule,
        require: fakeRequire
      });
      return fakeModule.exports;
    };
    expect(evaluate('nl-nl', common.files).SignedInAs).toBe('Aangemeld als {0}');
    expect(evaluate('en-us', common.files).SignedInAs).toBe('Signed in as {0}');
    expect(evaluate('nl-nl', { 'en-us': common.files['en-us'] }).SignedInAs).toBe('Signed in as {0}');
  });
});

describe('workbench page', () => {
  it('carries the emulator address without letting it break out of the script', () => {
    const html = workbenchHtml('http://localhost:4301/</script><script>alert(1)');
    expect(html).toContain('"emulatorUrl":"http://localhost:4301/\\u003c/script>\\u003cscript>alert(1)"');
    expect(html).toContain('<script type="module" src="/workbench.js"></script>');
  });
});

describe("the workbench's Teams context", () => {
  const user = { id: 'a1', displayName: 'Anne de Vries', userPrincipalName: 'anne.devries@hogeschool.example' };

  it('has the shape teams-js gives a channel tab, and a personal tab has no team', () => {
    const channel = workbenchTeamsContext({
      user,
      locale: 'nl-nl',
      theme: 'dark',
      channelTab: { groupId: 'g1', channelId: '19:c1@thread.tacv2' }
    });
    expect(channel).toEqual({
      app: { locale: 'nl-NL', theme: 'dark' },
      user: {
        id: 'a1',
        displayName: 'Anne de Vries',
        userPrincipalName: user.userPrincipalName,
        loginHint: user.userPrincipalName
      },
      team: { groupId: 'g1' },
      channel: { id: '19:c1@thread.tacv2' }
    });
    const personal = workbenchTeamsContext({ user, locale: 'en-us', theme: 'default' });
    expect(personal.team).toBeUndefined();
    expect(personal.channel).toBeUndefined();
  });

  it('reports a theme change to the registered handler once, as Teams does', async () => {
    const app = new WorkbenchTeamsApp(workbenchTeamsContext({ user, locale: 'en-us', theme: 'default' }));
    const themes: boolean[] = [];
    await connectTeamsHost(app, { loginName: user.userPrincipalName, displayName: user.displayName }, (host) =>
      themes.push(host.isHighContrast)
    );
    app.changeTheme('contrast');
    app.changeTheme('contrast');
    expect(themes).toEqual([true]);
    expect((await app.getContext()).app.theme).toBe('contrast');
  });

  it("finds the signed-in user's first team and its primary channel in the emulator", async () => {
    const graph = `${emulatorUrl()}/v1.0`;
    const answer = (await (
      await fetch(`${emulatorUrl()}/_emulator/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}'
      })
    ).json()) as { access_token: string };
    const headers = { Authorization: `Bearer ${answer.access_token}` };
    const tab = await findChannelTab(graph, answer.access_token);
    const teams = (await (await fetch(`${graph}/me/joinedTeams`, { headers })).json()) as { value: { id: string }[] };
    expect(tab?.groupId).toBe(teams.value[0].id);
    const primary = (await (await fetch(`${graph}/teams/${tab?.groupId}/primaryChannel`, { headers })).json()) as {
      id: string;
    };
    expect(tab?.channelId).toBe(primary.id);
    expect(await findChannelTab(graph, 'not-a-token')).toBeUndefined();
  });
});

describe("the workbench's simulated teams-js", () => {
  it('reports a chat and a Teams deep link instead of leaving the page, as Teams handles them itself', async () => {
    const calls: TeamsCall[] = [];
    const host = withTeamsActions(
      hostInfoFromTeams(
        { app: { locale: 'en-US', theme: 'default' } },
        { loginName: 'anne.devries@hogeschool.example', displayName: 'Anne' }
      ),
      teamsActionsOf(simulatedTeamsJs((call) => calls.push(call)))
    );
    await host.openChat?.('daan.bakker@hogeschool.example');
    host.openUrl?.('https://teams.microsoft.com/l/chat/0/0?users=daan.bakker@hogeschool.example');
    expect(calls).toEqual([
      { kind: 'openChat', user: 'daan.bakker@hogeschool.example', message: undefined },
      { kind: 'openLink', url: 'https://teams.microsoft.com/l/chat/0/0?users=daan.bakker@hogeschool.example' }
    ]);
  });
});

describe('the workbench chrome strings', () => {
  /** Every leaf of a strings object, functions called with sample arguments, by its path. */
  const leaves = (value: unknown, path = ''): Record<string, string> => {
    if (typeof value === 'string') {
      return { [path]: value };
    }
    if (typeof value === 'function') {
      return { [path]: String((value as (...args: unknown[]) => unknown)('X', 2)) };
    }
    return Object.entries(value as Record<string, unknown>).reduce(
      (all, [key, child]) => ({ ...all, ...leaves(child, `${path}.${key}`) }),
      {}
    );
  };

  it('has every string in English and Dutch, none left empty', () => {
    const english = leaves(workbenchStrings('en-us'));
    const dutch = leaves(workbenchStrings('nl-nl'));
    expect(Object.keys(dutch).sort()).toEqual(Object.keys(english).sort());
    expect(Object.entries({ ...english, ...dutch }).filter(([, text]) => text.trim() === '')).toEqual([]);
    expect(dutch['.topBar.language']).toBe('Taal');
  });
});

describe("the workbench's token source", () => {
  it('asks once, shares a pending request, and renews a minute before the token expires', async () => {
    let clock = 0;
    let issued = 0;
    const getToken = renewingToken(
      async () => ({ accessToken: `t${++issued}`, expiresInSeconds: 3600 }),
      () => clock
    );

    expect(await Promise.all([getToken(), getToken()])).toEqual(['t1', 't1']);
    clock = 3_539_000;
    expect(await getToken()).toBe('t1');
    clock = 3_541_000;
    expect(await getToken()).toBe('t2');
    expect(issued).toBe(2);
  });

  it('asks again after a failed request', async () => {
    let attempts = 0;
    const getToken = renewingToken(async () => {
      attempts++;
      if (attempts === 1) {
        throw new Error('emulator restarting');
      }
      return { accessToken: 'ok' };
    });
    await expect(getToken()).rejects.toThrow('emulator restarting');
    expect(await getToken()).toBe('ok');
  });
});
