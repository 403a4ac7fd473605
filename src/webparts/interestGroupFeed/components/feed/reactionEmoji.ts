/** Teams names its six classic reactions; newer reactions arrive as the emoji itself. */
const NAMED: Readonly<Record<string, string>> = {
  like: '👍',
  heart: '❤️',
  laugh: '😆',
  surprised: '😮',
  sad: '😢',
  angry: '😠'
};

export function reactionEmoji(type: string): string {
  return NAMED[type] ?? type;
}
