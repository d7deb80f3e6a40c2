// Moved to lib/ so that the clusters' worker client reads Dexie's changes the same way.
export { mutatedKeys, type KeyRange, type MutatedIssues } from '../../../lib/mutated-keys';
