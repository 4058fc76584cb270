import { Body, Controller, HttpCode, HttpStatus, Ip, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AUTH_PATHS } from '@interview-prep/contracts';
import { RateLimit } from '../common/rate-limit';
import { AuthService } from './auth.service';
import { ApiErrorDto } from './dto/api-error.dto';
import { ForgotPasswordDto } from './dto/forgot-password.dto';
import { LoginResponseDto } from './dto/login-response.dto';
import { LoginDto } from './dto/login.dto';
import { MessageResponseDto } from './dto/message-response.dto';
import { ResendVerificationDto } from './dto/resend-verification.dto';
import { ResetPasswordDto } from './dto/reset-password.dto';
import { SignupDto } from './dto/signup.dto';
import { VerifyEmailDto } from './dto/verify-email.dto';
import { Public } from './public.decorator';

/** The public account routes: everything a visitor without a token can do. */
@ApiTags('auth')
@Public()
@ApiBadRequestResponse({ type: ApiErrorDto, description: 'Invalid input; `details` per field.' })
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post(AUTH_PATHS.signup)
  @HttpCode(HttpStatus.ACCEPTED)
  @RateLimit({ ip: true, account: true })
  @ApiOperation({
    summary: 'Create an account and mail a verification link (24 h)',
    description:
      'Answers the same for an address that already has an account (whose owner gets a mail), ' +
      'so it cannot tell which addresses are registered.',
  })
  @ApiAcceptedResponse({ type: MessageResponseDto })
  signup(@Body() dto: SignupDto, @Ip() ip: string): Promise<MessageResponseDto> {
    return this.auth.signup(dto, ip);
  }

  @Post(AUTH_PATHS.verify)
  @HttpCode(HttpStatus.OK)
  @RateLimit({ ip: true })
  @ApiOperation({ summary: 'Verify the email address with the token of the mailed link' })
  @ApiOkResponse({ type: MessageResponseDto })
  verify(@Body() dto: VerifyEmailDto, @Ip() ip: string): Promise<MessageResponseDto> {
    return this.auth.verifyEmail(dto, ip);
  }

  @Post(AUTH_PATHS.resendVerification)
  @HttpCode(HttpStatus.ACCEPTED)
  @RateLimit({ ip: true, account: true })
  @ApiOperation({
    summary: 'Mail a new verification link',
    description: 'Answers the same whether or not the address has an unverified account.',
  })
  @ApiAcceptedResponse({ type: MessageResponseDto })
  resendVerification(
    @Body() dto: ResendVerificationDto,
    @Ip() ip: string,
  ): Promise<MessageResponseDto> {
    return this.auth.resendVerification(dto, ip);
  }

  @Post(AUTH_PATHS.login)
  @HttpCode(HttpStatus.OK)
  @RateLimit({ ip: true, account: true })
  @ApiOperation({ summary: 'Log in: an access token (JWT) for `Authorization: Bearer`' })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'Invalid email or password.' })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: 'The email is not verified yet.' })
  login(@Body() dto: LoginDto, @Ip() ip: string): Promise<LoginResponseDto> {
    return this.auth.login(dto, ip);
  }

  @Post(AUTH_PATHS.forgotPassword)
  @HttpCode(HttpStatus.ACCEPTED)
  @RateLimit({ ip: true, account: true })
  @ApiOperation({
    summary: 'Mail a password reset link (1 h)',
    description: 'Answers the same whether or not the address has an account.',
  })
  @ApiAcceptedResponse({ type: MessageResponseDto })
  forgotPassword(@Body() dto: ForgotPasswordDto, @Ip() ip: string): Promise<MessageResponseDto> {
    return this.auth.forgotPassword(dto, ip);
  }

  @Post(AUTH_PATHS.resetPassword)
  @HttpCode(HttpStatus.OK)
  @RateLimit({ ip: true })
  @ApiOperation({
    summary: 'Set a new password with the token of the mailed link',
    description: 'Ends every access token issued before, and verifies the email address.',
  })
  @ApiOkResponse({ type: MessageResponseDto })
  resetPassword(@Body() dto: ResetPasswordDto, @Ip() ip: string): Promise<MessageResponseDto> {
    return this.auth.resetPassword(dto, ip);
  }
}
