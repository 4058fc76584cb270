export * from './lib/api.contracts';
export * from './lib/interview.constants';
export * from './lib/interview.contracts';
export * from './lib/question-tags';
