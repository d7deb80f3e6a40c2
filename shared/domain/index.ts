export * from './city';
export * from './open-work';
