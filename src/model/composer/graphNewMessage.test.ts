import type { OutgoingMessage } from './Draft';
import { toGraphNewMessage } from './graphNewMessage';
import { draftContentFromText } from './plainTextDraft';

const daan = { id: 'd-1', displayName: 'Daan Bakker' };
const tricky = { id: 'x-2', displayName: 'Sanne <van> "de" Berg & Co' };

describe('mention building', () => {
  const message: OutgoingMessage = {
    content: {
      blocks: [
        {
          kind: 'paragraph',
          runs: [
            { kind: 'mention', person: daan },
            { kind: 'text', text: ' and ' },
            { kind: 'mention', person: tricky },
            { kind: 'text', text: ', see you, ' },
            { kind: 'mention', person: daan }
          ]
        }
      ]
    },
    attachments: []
  };

  it('numbers <at> tags 0..n in order with a mentions entry each, the same person twice being two mentions', () => {
    const payload = toGraphNewMessage(message);
    expect(payload.body).toEqual({
      contentType: 'html',
      content:
        '<p><at id="0">Daan Bakker</at> and <at id="1">Sanne &lt;van&gt; &quot;de&quot; Berg &amp; Co</at>, ' +
        'see you, <at id="2">Daan Bakker</at></p>'
    });
    expect(payload.mentions).toEqual([
      {
        id: 0,
        mentionText: 'Daan Bakker',
        mentioned: { user: { id: 'd-1', displayName: 'Daan Bakker', userIdentityType: 'aadUser' } }
      },
      {
        id: 1,
        mentionText: tricky.displayName,
        mentioned: { user: { id: 'x-2', displayName: tricky.displayName, userIdentityType: 'aadUser' } }
      },
      {
        id: 2,
        mentionText: 'Daan Bakker',
        mentioned: { user: { id: 'd-1', displayName: 'Daan Bakker', userIdentityType: 'aadUser' } }
      }
    ]);
  });

  it('starts from 0 again for every message', () => {
    expect(toGraphNewMessage(message).mentions?.[0].id).toBe(0);
    expect(toGraphNewMessage(message).mentions?.map((mention) => mention.id)).toEqual([0, 1, 2]);
  });

  it('sends no mentions, attachments or subject when there are none', () => {
    const payload = toGraphNewMessage({ subject: '  ', content: draftContentFromText('hi'), attachments: [] });
    expect(payload).toEqual({ body: { contentType: 'html', content: '<p>hi</p>' } });
  });
});

describe('reference attachments', () => {
  it('places each document with <attachment id> after the text and lists it as a reference', () => {
    const payload = toGraphNewMessage({
      subject: ' Rooster ',
      content: draftContentFromText('Het nieuwe rooster'),
      attachments: [
        { id: 'a1b2', name: 'Rooster 2027.xlsx', url: 'https://tenant.sharepoint.com/sites/intranet/Docs/Rooster.xlsx' }
      ]
    });
    expect(payload.subject).toBe('Rooster');
    expect(payload.body.content).toBe('<p>Het nieuwe rooster</p><attachment id="a1b2"></attachment>');
    expect(payload.attachments).toEqual([
      {
        id: 'a1b2',
        contentType: 'reference',
        contentUrl: 'https://tenant.sharepoint.com/sites/intranet/Docs/Rooster.xlsx',
        name: 'Rooster 2027.xlsx'
      }
    ]);
  });
});
