import { DRAFT_KEY_PREFIX, DraftStorage, EMPTY_DRAFT } from './draft.storage';

describe('DraftStorage', () => {
  const storage = new DraftStorage();

  beforeEach(() => localStorage.clear());

  it('should keep a draft per session', () => {
    storage.save('a', { text: 'first', pending: null });
    storage.save('b', { text: 'second', pending: { content: 'sent', clientMessageId: 'c1' } });
    expect(storage.load('a')).toEqual({ text: 'first', pending: null });
    expect(storage.load('b').pending).toEqual({ content: 'sent', clientMessageId: 'c1' });
  });

  it('should remove the key when there is nothing left to keep', () => {
    storage.save('a', { text: 'x', pending: null });
    storage.clear('a');
    expect(localStorage.getItem(DRAFT_KEY_PREFIX + 'a')).toBeNull();
    expect(storage.load('a')).toEqual(EMPTY_DRAFT);
  });

  it('should read a damaged value as no draft', () => {
    localStorage.setItem(DRAFT_KEY_PREFIX + 'a', '{"text": 3, "pending": {"content": 1}}');
    expect(storage.load('a')).toEqual(EMPTY_DRAFT);
    localStorage.setItem(DRAFT_KEY_PREFIX + 'a', 'not json');
    expect(storage.load('a')).toEqual(EMPTY_DRAFT);
  });
});
