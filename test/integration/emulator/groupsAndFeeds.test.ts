import { emulatorPerFile } from '../../support/emulatorPerFile';
import { ANNE, DAAN, errorCode, rawGraph } from './graphClient';

const emulator = emulatorPerFile();
const graph = rawGraph(emulator);

// These contract tests page through channels faster than Graph's 4 requests a second per channel; throttling has
// its own suite (channelThrottling.test.ts).
beforeAll(async () => emulator.setThrottling({ channelMessages: false }));

async function groupId(displayName: string): Promise<string> {
  const found = await graph(`/groups?$filter=displayName eq '${displayName}'&$select=id,visibility`);
  const [group] = found.body.value as Array<{ id: string }>;
  return group.id;
}

async function userId(upn: string): Promise<string> {
  return String((await graph(`/users/${upn}?$select=id`)).body.id);
}

async function generalChannel(teamId: string, user?: string): Promise<string> {
  const channel = await graph(`/teams/${teamId}/primaryChannel`, { user });
  return encodeURIComponent(String(channel.body.id));
}

describe('groups', () => {
  it('lists the 40 interest groups with their visibility and pages with nextLink', async () => {
    const first = await graph('/groups?$top=15&$select=id,displayName,visibility');
    const ids = (first.body.value as Array<{ id: string; visibility: string }>).map((g) => g.id);
    expect(
      (first.body.value as Array<{ visibility: string }>).every(
        (g) => g.visibility === 'Public' || g.visibility === 'Private'
      )
    ).toBe(true);
    let next = first.body['@odata.nextLink'] as string | undefined;
    while (next) {
      const page = await graph(next);
      ids.push(...(page.body.value as Array<{ id: string }>).map((g) => g.id));
      next = page.body['@odata.nextLink'] as string | undefined;
    }
    expect(new Set(ids).size).toBe(40);
    const filtered = await graph("/groups?$filter=startswith(displayName,'Toetsing')&$select=displayName");
    expect(filtered.body.value).toEqual([
      { '@odata.type': '#microsoft.graph.group', displayName: 'Toetsing en beoordeling' }
    ]);
  });

  it('shows the default user in several public groups and at least one private group; Daan in no private group', async () => {
    const anne = await graph('/me/memberOf?$select=displayName,visibility');
    const visibilities = (anne.body.value as Array<{ visibility: string }>).map((g) => g.visibility);
    expect(visibilities.filter((v) => v === 'Public').length).toBeGreaterThanOrEqual(3);
    expect(visibilities).toContain('Private');
    const daan = await graph('/me/memberOf?$select=visibility', { user: DAAN });
    expect((daan.body.value as Array<{ visibility: string }>).some((g) => g.visibility === 'Private')).toBe(false);
    const teams = await graph('/me/joinedTeams');
    expect((teams.body.value as unknown[]).length).toBe((anne.body.value as unknown[]).length);
  });

  it('lets a member join and leave a public group herself under the permissive membership policy', async () => {
    await emulator.setMembership({ selfService: 'permissive' });
    const group = await groupId('Duurzame hogeschool');
    const daanId = await userId(DAAN);
    const join = await graph(`/groups/${group}/members/$ref`, {
      user: DAAN,
      method: 'POST',
      body: JSON.stringify({ '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${daanId}` })
    });
    expect(join.status).toBe(204);
    const members = await graph(`/groups/${group}/members?$select=id&$top=999`);
    expect((members.body.value as Array<{ id: string }>).map((m) => m.id)).toContain(daanId);
    const again = await graph(`/groups/${group}/members/$ref`, {
      user: DAAN,
      method: 'POST',
      body: JSON.stringify({ '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${daanId}` })
    });
    expect(again.status).toBe(400);
    const otherMember = (members.body.value as Array<{ id: string }>).find((m) => m.id !== daanId)?.id;
    const someoneElse = await graph(`/groups/${group}/members/${String(otherMember)}/$ref`, {
      user: DAAN,
      method: 'DELETE'
    });
    expect(someoneElse.status).toBe(403);
    const notAMember = await graph(`/groups/${group}/members/${await userId(ANNE)}/$ref`, {
      user: DAAN,
      method: 'DELETE'
    });
    expect(notAMember.status).toBe(404);
    const leave = await graph(`/groups/${group}/members/${daanId}/$ref`, { user: DAAN, method: 'DELETE' });
    expect(leave.status).toBe(204);
    await emulator.setMembership({ selfService: 'documented' });
  });

  it('refuses self-service joins of private groups with 403 but lets an owner add people', async () => {
    const group = await groupId('Lerarenopleidingen');
    const daanId = await userId(DAAN);
    const reference = JSON.stringify({ '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${daanId}` });
    const selfJoin = await graph(`/groups/${group}/members/$ref`, { user: DAAN, method: 'POST', body: reference });
    expect(selfJoin.status).toBe(403);
    expect(errorCode(selfJoin)).toBe('Authorization_RequestDenied');
    const byOwner = await graph(`/groups/${group}/members/$ref`, { user: ANNE, method: 'POST', body: reference });
    expect(byOwner.status).toBe(204);
    const selfLeave = await graph(`/groups/${group}/members/${daanId}/$ref`, { user: DAAN, method: 'DELETE' });
    expect(selfLeave.status).toBe(403);
    const removedByOwner = await graph(`/groups/${group}/members/${daanId}/$ref`, { user: ANNE, method: 'DELETE' });
    expect(removedByOwner.status).toBe(204);
  });
});

describe('teams, channels and messages', () => {
  it('forbids reading or posting in a private team to non-members', async () => {
    const team = await groupId('Lerarenopleidingen');
    const channel = await generalChannel(team);
    const read = await graph(`/teams/${team}/channels/${channel}/messages`, { user: DAAN });
    expect(read.status).toBe(403);
    errorCode(read);
    const post = await graph(`/teams/${team}/channels/${channel}/messages`, {
      user: DAAN,
      method: 'POST',
      body: JSON.stringify({ body: { content: 'hallo' } })
    });
    expect(post.status).toBe(403);
    const asMember = await graph(`/teams/${team}/channels/${channel}/messages?$top=5`);
    expect(asMember.status).toBe(200);
    expect((asMember.body.value as unknown[]).length).toBe(5);
  });

  it('pages through a year of messages with replies, reactions and mentions', async () => {
    const team = await groupId('AI in het onderwijs');
    const channel = await generalChannel(team);
    const tooBig = await graph(`/teams/${team}/channels/${channel}/messages?$top=51`);
    expect(tooBig.status).toBe(400);
    let next: string | undefined = `/teams/${team}/channels/${channel}/messages?$top=50&$expand=replies`;
    const messages: Array<{
      id: string;
      createdDateTime: string;
      replies: Array<{ replyToId: string; mentions: unknown[] }>;
      reactions: unknown[];
    }> = [];
    while (next) {
      const page = await graph(next);
      expect(page.status).toBe(200);
      messages.push(...(page.body.value as typeof messages));
      next = page.body['@odata.nextLink'] as string | undefined;
    }
    expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
    expect(messages.length).toBeGreaterThan(80);
    const oldest = Math.min(...messages.map((m) => Date.parse(m.createdDateTime)));
    expect(Date.now() - oldest).toBeGreaterThan(300 * 86_400_000);
    const replies = messages.flatMap((m) => m.replies);
    expect(replies.length).toBeGreaterThan(messages.length);
    expect(replies.every((r) => messages.some((m) => m.id === r.replyToId))).toBe(true);
    expect(replies.some((r) => r.mentions.length > 0)).toBe(true);
    expect(messages.some((m) => m.reactions.length > 0)).toBe(true);
  });

  it('posts a message with a mention and a link, replies, reacts and soft-deletes own messages only', async () => {
    const team = await groupId('Toetsing en beoordeling');
    const channel = await generalChannel(team);
    const base = `/teams/${team}/channels/${channel}/messages`;
    const daanId = await userId(DAAN);
    const html =
      '<p>Vraag voor <at id="0">Daan Bakker</at>: zie <a href="https://intranet.hogeschool.example/doc.pdf">doc</a></p><attachment id="a1"></attachment><script>alert(1)</script>';
    const created = await graph(base, {
      method: 'POST',
      body: JSON.stringify({
        body: { contentType: 'html', content: html },
        mentions: [
          {
            id: 0,
            mentionText: 'Daan Bakker',
            mentioned: { user: { id: daanId, displayName: 'Daan Bakker', userIdentityType: 'aadUser' } }
          }
        ],
        attachments: [
          {
            id: 'a1',
            contentType: 'reference',
            contentUrl: 'https://intranet.hogeschool.example/doc.pdf',
            name: 'doc.pdf'
          }
        ]
      })
    });
    expect(created.status).toBe(201);
    // Teams drops the script as it stores the body (docs/emulator.md, "HTML Teams stores").
    expect((created.body.body as { content: string }).content).toBe(html.replace('<script>alert(1)</script>', ''));
    expect((created.body.mentions as Array<{ mentioned: { user: { id: string } } }>)[0].mentioned.user.id).toBe(daanId);
    const messageId = String(created.body.id);
    const missingTag = await graph(base, {
      method: 'POST',
      body: JSON.stringify({
        body: { content: 'no tag' },
        mentions: [{ id: 3, mentionText: 'x', mentioned: { user: { id: daanId } } }]
      })
    });
    expect(missingTag.status).toBe(400);

    const reply = await graph(`${base}/${messageId}/replies`, {
      user: DAAN,
      method: 'POST',
      body: JSON.stringify({ body: { contentType: 'text', content: 'Dank je!' } })
    });
    expect(reply.status).toBe(201);
    expect(reply.body.replyToId).toBe(messageId);
    const replies = await graph(`${base}/${messageId}/replies`);
    expect((replies.body.value as Array<{ id: string }>).map((r) => r.id)).toEqual([reply.body.id]);

    const react = await graph(`${base}/${messageId}/replies/${String(reply.body.id)}/setReaction`, {
      method: 'POST',
      body: JSON.stringify({ reactionType: 'like' })
    });
    expect(react.status).toBe(204);
    const reacted = await graph(`${base}/${messageId}/replies/${String(reply.body.id)}`);
    expect(reacted.body.reactions).toEqual([expect.objectContaining({ reactionType: 'like' })]);
    const unreact = await graph(`${base}/${messageId}/replies/${String(reply.body.id)}/unsetReaction`, {
      method: 'POST',
      body: JSON.stringify({ reactionType: 'like' })
    });
    expect(unreact.status).toBe(204);
    expect((await graph(`${base}/${messageId}/replies/${String(reply.body.id)}`)).body.reactions).toEqual([]);

    const notMine = await graph(`${base}/${messageId}/softDelete`, { user: DAAN, method: 'POST' });
    expect(notMine.status).toBe(403);
    const current = await graph(`${base}/${messageId}`);
    const stale = await graph(`${base}/${messageId}/setReaction`, {
      method: 'POST',
      headers: { 'If-Match': '"1"' },
      body: JSON.stringify({ reactionType: 'heart' })
    });
    expect(stale.status).toBe(412);
    const mine = await graph(`${base}/${messageId}/softDelete`, {
      method: 'POST',
      headers: { 'If-Match': String(current.headers.get('etag')) }
    });
    expect(mine.status).toBe(204);
    const deleted = await graph(`${base}/${messageId}`);
    expect(deleted.body.deletedDateTime).not.toBeNull();
    expect((deleted.body.body as { content: string }).content).toBe('');
  });

  it('answers unknown teams, channels and messages with 404 in Graph shape', async () => {
    const team = await groupId('Toetsing en beoordeling');
    const channel = await generalChannel(team);
    for (const path of [
      `/teams/00000000-0000-0000-0000-000000000000`,
      `/teams/${team}/channels/19:nope@thread.tacv2/messages`,
      `/teams/${team}/channels/${channel}/messages/123`
    ]) {
      const call = await graph(path);
      expect(call.status).toBe(404);
      errorCode(call);
    }
  });
});
