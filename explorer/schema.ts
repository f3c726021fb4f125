/**
 * The schema's names as the page uses them: generated from schema/schema.graphql into
 * generated/graphql.ts (npm run codegen), never spelled again by hand. Enums arrive as
 * const objects, so the page can also check a name it reads back from the DOM.
 */
import { PathMode, RelationType } from './generated/graphql';

export { ActorKind, PathMode, RelationType } from './generated/graphql';

const RELATION_TYPES: ReadonlySet<string> = new Set(Object.values(RelationType));
const PATH_MODES: ReadonlySet<string> = new Set(Object.values(PathMode));

/** Whether a name read from the page (a checkbox, an edge) is one of the schema's relation types. */
export const isRelationType = (name: string): name is RelationType => RELATION_TYPES.has(name);

/** Whether a name read from the page (the path mode menu) is one of the schema's path modes. */
export const isPathMode = (name: string): name is PathMode => PATH_MODES.has(name);
