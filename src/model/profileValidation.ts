import type { ProfileFields } from './PersonProfile';
import { sameSkill } from './skillVocabulary';

/** Limits for what people type on their own card; Graph itself accepts far more than is readable. */
export const PROFILE_LIMITS = {
  tagMaxLength: 60,
  tagMaxCount: 30,
  aboutMeMaxLength: 2000
} as const;

export type TagListField = 'skills' | 'interests' | 'responsibilities';

export type TagProblem =
  | { kind: 'empty' }
  | { kind: 'tooLong'; max: number }
  | { kind: 'duplicate'; existing: string }
  | { kind: 'tooMany'; max: number };

export type AboutMeProblem = { kind: 'tooLong'; max: number };

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]+/g;

/** Trims a typed label and folds runs of whitespace (including line breaks) into single spaces. */
export function cleanTag(label: string): string {
  return label.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Whether a new tag may join a list: not empty once trimmed, not too long, not already there under another
 * spelling or in the other language ("Data analysis" and "data-analyse" are the same skill), and room left.
 */
export function checkNewTag(label: string, existing: readonly string[]): { value: string } | { problem: TagProblem } {
  const value = cleanTag(label);
  if (value === '') {
    return { problem: { kind: 'empty' } };
  }
  if (value.length > PROFILE_LIMITS.tagMaxLength) {
    return { problem: { kind: 'tooLong', max: PROFILE_LIMITS.tagMaxLength } };
  }
  const duplicate = existing.find((tag) => sameSkill(tag, value));
  if (duplicate !== undefined) {
    return { problem: { kind: 'duplicate', existing: duplicate } };
  }
  if (existing.length >= PROFILE_LIMITS.tagMaxCount) {
    return { problem: { kind: 'tooMany', max: PROFILE_LIMITS.tagMaxCount } };
  }
  return { value };
}

export function checkAboutMe(text: string): AboutMeProblem | undefined {
  return text.trim().length > PROFILE_LIMITS.aboutMeMaxLength
    ? { kind: 'tooLong', max: PROFILE_LIMITS.aboutMeMaxLength }
    : undefined;
}

/** Cleans a whole list as it will be saved: trimmed, empty entries and duplicates (by `sameSkill`) dropped. */
export function cleanTagList(tags: readonly string[]): string[] {
  const result: string[] = [];
  for (const tag of tags) {
    const value = cleanTag(tag);
    if (value !== '' && value.length <= PROFILE_LIMITS.tagMaxLength && !result.some((kept) => sameSkill(kept, value))) {
      result.push(value);
    }
  }
  return result.slice(0, PROFILE_LIMITS.tagMaxCount);
}

/** The profile fields as they are sent with `PATCH /me`. */
export function cleanProfileFields(fields: ProfileFields): ProfileFields {
  return {
    aboutMe: fields.aboutMe.trim().slice(0, PROFILE_LIMITS.aboutMeMaxLength),
    skills: cleanTagList(fields.skills),
    interests: cleanTagList(fields.interests),
    responsibilities: cleanTagList(fields.responsibilities)
  };
}
