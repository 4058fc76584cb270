import { Param, ParseUUIDPipe } from '@nestjs/common';

/** A route's uuid parameter; anything else is a 400 before the handler runs. */
export function UuidParam(name: string): ParameterDecorator {
  return Param(name, new ParseUUIDPipe({ version: '4' }));
}
