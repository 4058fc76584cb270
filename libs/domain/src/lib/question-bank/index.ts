export * from './bank-question';
