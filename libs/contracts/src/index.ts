export * from './lib/interview.constants';
export * from './lib/question-tags';
