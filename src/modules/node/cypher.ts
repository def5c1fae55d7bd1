import { nodeByIdSubquery } from '../../nodeById';
import { NODE_LABELS } from '../entity/labels';

/** Any node `node(id)` can return, by id: one index seek per label, so the lookup never scans. */
export const nodesById = `
UNWIND $ids AS id
${nodeByIdSubquery(NODE_LABELS)}
RETURN id, n {.*, labels: labels(n)} AS node`;
