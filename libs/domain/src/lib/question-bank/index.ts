export * from './bank-checks';
export * from './bank-question';
export * from './question-file';
export * from './question-file.schema';
export * from './question-id';
export * from './render-prompt';
