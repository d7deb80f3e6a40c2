export * from './contract';
export * from './result';
export * from './settings';
export * from './external-links';
export * from './session';
export * from './events';
