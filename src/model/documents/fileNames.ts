/** Longest name Kring gives an upload; SharePoint's limit is on the whole path (400 characters), folders included. */
const MAX_NAME_LENGTH = 120;
const FALLBACK_NAME = 'upload';
// Characters SharePoint refuses in a file name, and control characters.
const INVALID_CHARACTERS = /["*:<>?/\\|\p{Cc}]/gu;

function splitName(name: string): { base: string; extension: string } {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? { base: name.slice(0, dot), extension: name.slice(dot) } : { base: name, extension: '' };
}

/**
 * A file name SharePoint accepts, kept as close to the chosen one as possible: refused characters become `_`, no
 * leading `~$` (Office's lock files), `_vti_` or leading and trailing dots and spaces; long names are shortened
 * before the extension.
 */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(INVALID_CHARACTERS, '_')
    .replace(/_vti_/gi, 'vti')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .replace(/^~\$/, '');
  const { base, extension } = splitName(cleaned);
  const room = MAX_NAME_LENGTH - extension.length;
  const shortened = room > 0 ? Array.from(base).slice(0, room).join('').trimEnd() : '';
  return shortened === ''
    ? `${FALLBACK_NAME}${extension.length < MAX_NAME_LENGTH ? extension : ''}`
    : shortened + extension;
}

/** The name to try after `attempt` names were taken: `Plan.docx`, then `Plan (1).docx`, `Plan (2).docx`, … */
export function numberedFileName(name: string, attempt: number): string {
  if (attempt === 0) {
    return name;
  }
  const { base, extension } = splitName(name);
  return `${base} (${attempt})${extension}`;
}
