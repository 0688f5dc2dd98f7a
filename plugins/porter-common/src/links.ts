/**
 * The parts of a catalog entity ref that make its page's path.
 *
 * @public
 */
export interface EntityName {
  kind: string;
  namespace: string;
  name: string;
}

/**
 * Path of the *TCP exposures* tab, relative to the entity's page.
 *
 * @public
 */
export const PORTER_ENTITY_TAB_PATH = 'porter';

/**
 * Path of an entity's *TCP exposures* tab in the portal, e.g.
 * `/catalog/default/component/clamav/porter`. Kind and namespace are
 * lower-cased as the catalog's own entity routes do.
 *
 * @public
 */
export function porterEntityTabPath(entity: EntityName): string {
  return `/catalog/${encodeURIComponent(
    entity.namespace.toLocaleLowerCase('en-US'),
  )}/${encodeURIComponent(
    entity.kind.toLocaleLowerCase('en-US'),
  )}/${encodeURIComponent(entity.name)}/${PORTER_ENTITY_TAB_PATH}`;
}
