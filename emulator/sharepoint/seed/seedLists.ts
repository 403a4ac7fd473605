import { INTEREST_GROUPS } from '../../graph/seed/interestGroupCatalog';
import type { Database } from '../../shared/store/database';
import { loadListSchemas, type ListSchema } from '../store/listSchema';
import { ListStore } from '../store/listStore';
import { JOB_FUNCTION_RULES } from './jobFunctionRules';
import { compareText, groupHighlights, isoSeconds, type Highlight } from './highlights';
import { SeedSource } from './seedSource';
import { catalogueTerms, topicLabels } from './topics';

export const INTEREST_GROUPS_LIST = 'Kring Interest Groups';
export const HIGHLIGHTS_LIST = 'Kring Highlights';
export const JOB_FUNCTIONS_LIST = 'Kring Job Functions';

function schemaByTitle(schemas: readonly ListSchema[], title: string): ListSchema {
  const schema = schemas.find((candidate) => candidate.title === title);
  if (!schema) {
    throw new Error(`The provisioning template has no list called '${title}'.`);
  }
  return schema;
}

const byCuration = (a: Highlight, b: Highlight): number =>
  compareText(a.created, b.created) || compareText(String(a.values.MessageId), String(b.values.MessageId));

/**
 * Fills the registry (one item per interest group of the catalogue that exists in Graph) and the highlights
 * (accepted answers to questions, and well-received posts as learning resources), oldest first, so item ids
 * follow the order people curated them in.
 */
export function seedLists(db: Database): void {
  const schemas = loadListSchemas();
  const registry = schemaByTitle(schemas, INTEREST_GROUPS_LIST);
  const highlights = schemaByTitle(schemas, HIGHLIGHTS_LIST);
  const jobFunctions = schemaByTitle(schemas, JOB_FUNCTIONS_LIST);
  const source = new SeedSource(db);
  const lists = new ListStore(db);
  const groups = source.groups();
  const groupsByName = new Map(groups.map((group) => [group.displayName, group]));
  const displayNames = source.displayNames();
  const siteCreated = groups.reduce(
    (min, group) => (group.createdDateTime < min ? group.createdDateTime : min),
    isoSeconds(Date.now())
  );

  db.transaction(() => {
    lists.recreate(schemas, isoSeconds(Date.parse(siteCreated)));
    const allHighlights: Highlight[] = [];
    for (const definition of INTEREST_GROUPS) {
      const group = groupsByName.get(definition.displayName);
      if (!group) {
        continue;
      }
      const owner = source.owners(group.id)[0];
      lists.insert(registry.id, {
        values: {
          Title: group.displayName,
          GroupId: group.id,
          JobFunctions: [...definition.jobFunctions],
          Topics: topicLabels(catalogueTerms(definition)),
          Featured: definition.featured,
          FeedChannelId: source.generalChannel(group.id)?.id ?? null
        },
        authorId: lists.siteUserId(owner ?? group.id),
        created: isoSeconds(Date.parse(group.createdDateTime))
      });
      allHighlights.push(...groupHighlights(source, group, definition, displayNames));
    }
    const ruleKeeper = source.owners(groups[0]?.id ?? '')[0];
    for (const [titlePart, jobFunction] of JOB_FUNCTION_RULES) {
      lists.insert(jobFunctions.id, {
        values: { Title: titlePart, JobFunction: jobFunction },
        authorId: ruleKeeper ? lists.siteUserId(ruleKeeper) : 0,
        created: isoSeconds(Date.parse(siteCreated))
      });
    }
    for (const highlight of allHighlights.sort(byCuration)) {
      lists.insert(highlights.id, {
        values: highlight.values,
        authorId: lists.siteUserId(highlight.curatorId),
        created: highlight.created
      });
    }
  })();
}
