import { Transform } from 'class-transformer';

const TRUE = new Set(['true', '1', 'yes', 'on']);
const FALSE = new Set(['false', '0', 'no', 'off']);

/** "true"/"false" (and 1/0, yes/no, on/off) to a boolean; anything else stays and fails IsBoolean. */
export function EnvBoolean(): PropertyDecorator {
  return Transform(({ obj, key }: { obj: Record<string, unknown>; key: string }) => {
    const raw = obj[key];
    if (typeof raw !== 'string') {
      return raw;
    }
    const value = raw.trim().toLowerCase();
    return TRUE.has(value) ? true : FALSE.has(value) ? false : raw;
  });
}
