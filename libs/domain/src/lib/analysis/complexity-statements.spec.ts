import { findComplexityStatements } from './complexity-statements';

describe('findComplexityStatements', () => {
  it('should read the class and what it measures', () => {
    const found = findComplexityStatements('This is O(n) time and O(1) extra space.');
    expect(found.map((s) => [s.complexityClass, s.measure])).toEqual([
      ['o(n)', 'time'],
      ['o(1)', 'space'],
    ]);
  });

  it('should read complexity said in words', () => {
    const found = findComplexityStatements(
      'The time complexity is linear and memory stays constant.',
    );
    expect(found.map((s) => [s.complexityClass, s.measure])).toEqual([
      ['o(n)', 'time'],
      ['o(1)', 'space'],
    ]);
  });

  it('should keep spans exact', () => {
    const text = 'Sorting first makes it O(n log n) overall.';
    for (const statement of findComplexityStatements(text)) {
      expect(text.slice(statement.start, statement.end)).toBe(statement.text);
    }
  });

  it('should leave the measure unspecified when nothing says it', () => {
    expect(findComplexityStatements('It is O(n^2).')[0]?.measure).toBe('unspecified');
  });
});
