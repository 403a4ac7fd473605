import { hostInfoFromTeams, withTeamsActions, type TeamsActionsLike } from './teamsHost';

describe('withTeamsActions', () => {
  const host = hostInfoFromTeams(
    { app: { locale: 'en-US', theme: 'default' } },
    { loginName: 'anne@hogeschool.example', displayName: 'Anne' }
  );

  it('opens chats and links through teams-js', async () => {
    const actions: TeamsActionsLike = {
      openChat: jest.fn(async () => undefined),
      openLink: jest.fn(async () => undefined)
    };
    const teamsHost = withTeamsActions(host, actions);

    await teamsHost.openChat?.('daan.bakker@hogeschool.example');
    teamsHost.openUrl?.('https://teams.microsoft.com/l/chat/0/0?users=daan.bakker@hogeschool.example');

    expect(actions.openChat).toHaveBeenCalledWith('daan.bakker@hogeschool.example');
    expect(actions.openLink).toHaveBeenCalledWith(
      'https://teams.microsoft.com/l/chat/0/0?users=daan.bakker@hogeschool.example'
    );
    expect(teamsHost.theme).toBe(host.theme);
  });

  it('falls back to a new window when Teams refuses to open a link', async () => {
    const open = jest.spyOn(window, 'open').mockImplementation(() => null);
    const teamsHost = withTeamsActions(host, {
      openChat: async () => undefined,
      openLink: async () => Promise.reject(new Error('not supported'))
    });

    teamsHost.openUrl?.('https://hogeschool.example/sites/intranet');
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(open).toHaveBeenCalledWith('https://hogeschool.example/sites/intranet', '_blank', 'noopener');
    open.mockRestore();
  });
});
