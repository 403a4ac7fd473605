/** @jest-environment node */
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');
const config = JSON.parse(fs.readFileSync(path.join(root, 'config', 'config.json'), 'utf8'));
const solution = JSON.parse(fs.readFileSync(path.join(root, 'config', 'package-solution.json'), 'utf8'));

interface Component {
  entrypoint: string;
  manifest: string;
}

const components: Component[] = Object.values(config.bundles as Record<string, { components: Component[] }>).flatMap(
  (bundle) => bundle.components
);

describe('web part manifests', () => {
  it('bundles exactly the three Kring web parts', () => {
    expect(components.map((c) => path.basename(c.manifest)).sort()).toEqual([
      'ColleagueCardWebPart.manifest.json',
      'InterestGroupFeedWebPart.manifest.json',
      'WhoKnowsWhatWebPart.manifest.json'
    ]);
  });

  it.each(components.map((c) => [path.basename(c.manifest), c]))(
    '%s runs in SharePoint and Teams, in English and Dutch',
    (_name, component) => {
      const manifest = JSON.parse(fs.readFileSync(path.join(root, (component as Component).manifest), 'utf8'));
      expect(manifest.componentType).toBe('WebPart');
      expect(manifest.supportedHosts).toEqual(
        expect.arrayContaining(['SharePointWebPart', 'TeamsTab', 'TeamsPersonalApp'])
      );
      expect(manifest.supportsThemeVariants).toBe(true);
      const entry = manifest.preconfiguredEntries[0];
      expect(entry.title.default).toBeTruthy();
      expect(entry.title['nl-NL']).toBeTruthy();
      expect(entry.description['nl-NL']).toBeTruthy();
      const source = (component as Component).entrypoint.replace('./lib/', 'src/').replace(/\.js$/, '.ts');
      expect(fs.existsSync(path.join(root, source))).toBe(true);
    }
  );

  it('asks Microsoft Graph only for delegated least-privilege scopes, never a write-all directory scope', () => {
    const scopes: string[] = solution.solution.webApiPermissionRequests.map((r: { scope: string }) => r.scope);
    expect(new Set(scopes).size).toBe(scopes.length);
    expect(scopes).not.toContain('Directory.ReadWrite.All');
    expect(scopes).not.toContain('Group.ReadWrite.All');
    expect(scopes).not.toContain('User.ReadWrite.All');
    expect(scopes).toEqual(
      expect.arrayContaining(['User.Read.All', 'User.ReadWrite', 'Presence.Read.All', 'ChannelMessage.Send'])
    );
  });
});

describe('string files', () => {
  const locFolders = ['src/loc', ...components.map((c) => path.dirname(c.manifest) + '/loc')];

  it.each(locFolders)('%s has the same keys in English and Dutch, none empty', (folder) => {
    const load = (locale: string): Record<string, string> => {
      let strings: Record<string, string> = {};
      const define = (_deps: string[], factory: () => Record<string, string>): void => {
        strings = factory();
      };
      new Function('define', fs.readFileSync(path.join(root, folder, `${locale}.js`), 'utf8'))(define);
      return strings;
    };
    const english = load('en-us');
    const dutch = load('nl-nl');
    expect(Object.keys(dutch).sort()).toEqual(Object.keys(english).sort());
    for (const value of [...Object.values(english), ...Object.values(dutch)]) {
      expect(value.trim()).not.toBe('');
    }
    const declared = fs.readFileSync(path.join(root, folder, 'mystrings.d.ts'), 'utf8');
    for (const key of Object.keys(english)) {
      expect(declared).toContain(`${key}: string;`);
    }
  });
});
