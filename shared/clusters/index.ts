export { buildingKey, parseBuilding, type BuildingAddress } from './address-key';
export { metresBetween } from './geo';
export { ClusterIndex } from './cluster-index';
export { computeClusters, sortClusters } from './compute';
export {
  CLUSTER_RADIUS_METRES,
  CLUSTER_WINDOW_MS,
  clusterableStatuses,
  clusterFieldsOf,
  sectionsOf,
  type ClusterChange,
  type ClusterIssue,
  type ClusterOverride,
  type ClusterRecord,
  type SectionSource,
} from './types';
export {
  REPEAT_WINDOW_DAYS,
  RepeatIndex,
  repeatWindowStart,
  type RepeatIssue,
  type RepeatOf,
} from './repeats';
export { countRepeats, type RepeatCount, type RepeatCounts, type RepeatPeriod } from './repeat-counts';
export {
  findRepeats,
  repeatPositions,
  resolutionTimes,
  sweepRepeats,
  type SweepSource,
  type SweptIssue,
} from './repeat-sweep';
export { acceptedDecisions, withResolutions, type AcceptedReportFacts } from './resolutions';
export { RepeatTracker, type RepeatChange } from './repeat-tracker';
