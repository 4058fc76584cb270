export * from './lib/question-bank';
