/** The Teams deep link that opens a 1:1 chat with someone. */
export function teamsChatLink(userPrincipalName: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(userPrincipalName)}`;
}

/** A `tel:` link; keeps only what a dialler understands. */
export function telLink(phone: string): string {
  return `tel:${phone.replace(/[^0-9+*#,;]/g, '')}`;
}
