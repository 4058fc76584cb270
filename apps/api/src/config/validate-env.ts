import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

type EnvClass<T extends object> = new () => T;

/**
 * Validates the variables one config area reads and returns them typed. Any invalid value stops
 * start-up with a message naming the variable, so a typo never turns into a silent default.
 */
export function validateEnv<T extends object>(
  schema: EnvClass<T>,
  env: NodeJS.ProcessEnv = process.env,
): T {
  const values = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const instance = plainToInstance(schema, values, {
    enableImplicitConversion: true,
  });
  const errors = validateSync(instance, {
    skipMissingProperties: false,
    forbidUnknownValues: true,
  });
  if (errors.length > 0) {
    throw new Error(`Invalid configuration:\n${errors.map(describe).join('\n')}`);
  }
  return instance;
}

function describe(error: ValidationError): string {
  const reasons = Object.values(error.constraints ?? {}).join('; ');
  return `  - ${error.property}: ${reasons}`;
}
