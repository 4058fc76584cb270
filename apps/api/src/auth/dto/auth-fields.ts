import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  EMAIL_MAX_LENGTH,
  FULL_NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '@interview-prep/contracts';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  registerDecorator,
  type ValidationArguments,
} from 'class-validator';
import { AUTH_TOKEN_PATTERN } from '../auth-tokens.service';
import { normalizeEmail, passwordProblem } from '../password-policy';

/*
 * The account fields, each written once: validation, normalization and its Swagger description.
 */

const trimmed = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value,
);

export const EXAMPLE_EMAIL = 'ada@example.com';
export const EXAMPLE_PASSWORD = 'plum-tractor-quietly-7';
export const EXAMPLE_TOKEN = 'kQ2mV8yX1cN5bR7tL0pW3sZ6dF9gH4jK2nB8vC1xE5a';

/** An email, trimmed and lower-cased before it is checked, stored or looked up. */
export function EmailField(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({
      description: 'Trimmed and lower-cased by the API.',
      example: EXAMPLE_EMAIL,
      format: 'email',
      maxLength: EMAIL_MAX_LENGTH,
    }),
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? normalizeEmail(value) : value,
    ),
    IsString(),
    MaxLength(EMAIL_MAX_LENGTH),
    IsEmail(),
  );
}

/**
 * A password being chosen: 8 to 256 characters, not a common password, not the email address;
 * no composition rules (NIST SP 800-63B). Never trimmed or truncated.
 */
export function NewPasswordField(description = 'The new password.'): PropertyDecorator {
  return applyDecorators(
    ApiProperty({
      description: `${description} ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters, not a common password; no other rules.`,
      example: EXAMPLE_PASSWORD,
      format: 'password',
      minLength: PASSWORD_MIN_LENGTH,
      maxLength: PASSWORD_MAX_LENGTH,
    }),
    IsString(),
    IsAcceptablePassword(),
  );
}

/** A password being checked (login, confirmation): only bounded, since older rules may differ. */
export function PasswordField(description = 'The account password.'): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ description, example: EXAMPLE_PASSWORD, format: 'password' }),
    IsString(),
    IsNotEmpty(),
    // A character is at most two UTF-16 units.
    MaxLength(PASSWORD_MAX_LENGTH * 2),
  );
}

/** The `token` query parameter of a link sent by mail. */
export function LinkTokenField(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({
      description: 'The `token` query parameter of the link in the mail.',
      example: EXAMPLE_TOKEN,
      pattern: AUTH_TOKEN_PATTERN.source,
    }),
    IsString(),
    Matches(AUTH_TOKEN_PATTERN, { message: 'token is not a valid link token' }),
  );
}

/** An optional display name, trimmed; `null` clears it where the route allows. */
export function FullNameField(options: { nullable: boolean }): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      description: 'Display name, trimmed.',
      example: 'Ada Lovelace',
      maxLength: FULL_NAME_MAX_LENGTH,
      nullable: options.nullable,
    }),
    trimmed,
    IsOptional(),
    IsString(),
    MaxLength(FULL_NAME_MAX_LENGTH),
  );
}

function IsAcceptablePassword(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isAcceptablePassword',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          typeof value === 'string' && passwordProblem(value, emailOf(args)) === null,
        defaultMessage: (args: ValidationArguments) =>
          `${args.property} ${
            typeof args.value === 'string'
              ? (passwordProblem(args.value, emailOf(args)) ?? 'is not acceptable')
              : 'must be a string'
          }`,
      },
    });
  };
}

function emailOf(args: ValidationArguments): unknown {
  return (args.object as { email?: unknown }).email;
}
