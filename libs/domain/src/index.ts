export * from './lib/question-bank';
export * from './lib/analysis';
export * from './lib/interview';
export * from './lib/prompts';
export * from './lib/scoring';
export * from './lib/selection';
