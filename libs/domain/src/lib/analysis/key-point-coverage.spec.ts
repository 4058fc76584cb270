import { coverPoints, profilePoint, readAnswer } from './key-point-coverage';
import { termSet } from './terms';

describe('coverPoints', () => {
  const prompt = termSet('Return true if the string reads the same forwards and backwards.');

  it('should cover a point said in other words', () => {
    const [point] = coverPoints(
      [profilePoint('Store the values in a hash map')],
      readAnswer('So I store every value in a dictionary as I go.'),
      prompt,
    );
    expect(point?.covered).toBe(true);
    expect(point?.span?.text).toBe('So I store every value in a dictionary as I go.');
  });

  it('should not cover a point the answer does not make', () => {
    const [point] = coverPoints(
      [profilePoint('Two pointers moving toward the middle')],
      readAnswer('I would sort the array and scan it once.'),
      prompt,
    );
    expect(point?.covered).toBe(false);
    expect(point?.span).toBeNull();
  });

  it('should cover a long point by its core terms', () => {
    const [point] = coverPoints(
      [
        profilePoint(
          'Agents push into a buffered pipeline such as Kafka for durability and backpressure',
        ),
      ],
      readAnswer('Agents on each host push metrics to Kafka.'),
      new Set(),
    );
    expect(point?.covered).toBe(true);
  });

  it('should count words that only echo the prompt half', () => {
    const keyPoint = [profilePoint('Return true once two pointers meet')];
    expect(
      coverPoints(keyPoint, readAnswer('It returns true when it is.'), prompt)[0]?.covered,
    ).toBe(false);
    expect(
      coverPoints(keyPoint, readAnswer('It returns true when the two pointers meet.'), prompt)[0]
        ?.covered,
    ).toBe(true);
  });

  it('should report the words that matched, as exact spans', () => {
    const answer = readAnswer('Use two pointers and compare lowercase characters.');
    const [point] = coverPoints(
      [profilePoint('Two pointers comparing characters case-insensitively')],
      answer,
      new Set(),
    );
    for (const span of point?.matched ?? []) {
      expect(answer.text.slice(span.start, span.end)).toBe(span.text);
    }
    expect(point?.matched.map((span) => span.text)).toContain('two pointers');
  });
});
