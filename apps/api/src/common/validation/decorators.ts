import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

interface FieldOptions {
  description?: string;
  example?: unknown;
  optional?: boolean;
}

const documented = (options: FieldOptions, extra: Record<string, unknown> = {}) =>
  options.optional
    ? [
        IsOptional(),
        ApiPropertyOptional({
          description: options.description,
          example: options.example,
          ...extra,
        }),
      ]
    : [ApiProperty({ description: options.description, example: options.example, ...extra })];

/** One of a fixed list (tracks, companies...), documented as an enum. */
export function EnumField(
  values: readonly string[],
  options: FieldOptions = {},
): PropertyDecorator {
  return applyDecorators(
    ...documented(options, { enum: values }),
    IsIn(values, { message: `$property must be one of: ${values.join(', ')}` }),
  );
}

/** Trimmed text within a length range. */
export function TextField(
  options: FieldOptions & { min?: number; max: number; pattern?: RegExp },
): PropertyDecorator {
  const { min = 1, max, pattern } = options;
  return applyDecorators(
    ...documented(options, { minLength: min, maxLength: max }),
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(),
    MinLength(min),
    MaxLength(max),
    ...(pattern ? [Matches(pattern)] : []),
  );
}

/** A whole number in a range; query strings are converted first. */
export function IntField(options: FieldOptions & { min: number; max: number }): PropertyDecorator {
  return applyDecorators(
    ...documented(options, { minimum: options.min, maximum: options.max, type: Number }),
    Type(() => Number),
    IsInt(),
    Min(options.min),
    Max(options.max),
  );
}

export function UuidField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(...documented(options, { format: 'uuid' }), IsUUID('4'));
}
