import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Ip,
  Patch,
  Post,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AUTH_PATHS } from '@interview-prep/contracts';
import { RateLimit } from '../common/rate-limit';
import { AccountService } from './account.service';
import { CurrentUser, type AuthenticatedUser } from './current-user.decorator';
import { ApiErrorDto } from './dto/api-error.dto';
import { ChangePasswordDto } from './dto/change-password.dto';
import { DeleteAccountDto } from './dto/delete-account.dto';
import { LoginResponseDto } from './dto/login-response.dto';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { UserProfileDto } from './dto/user-profile.dto';

/** The signed-in user's own account. */
@ApiTags('auth')
@ApiBearerAuth('bearer')
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'Missing, invalid or expired token.' })
@Controller()
export class AccountController {
  constructor(private readonly account: AccountService) {}

  @Get(AUTH_PATHS.me)
  @ApiOperation({ summary: 'The signed-in user' })
  @ApiOkResponse({ type: UserProfileDto })
  me(@CurrentUser() user: AuthenticatedUser): Promise<UserProfileDto> {
    return this.account.profile(user);
  }

  @Patch(AUTH_PATHS.me)
  @ApiOperation({
    summary: 'Change the name and the interview defaults (track, company, difficulty, voice)',
  })
  @ApiOkResponse({ type: UserProfileDto })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  updateMe(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: UpdateProfileDto,
  ): Promise<UserProfileDto> {
    return this.account.updateProfile(user, dto);
  }

  @Post(AUTH_PATHS.changePassword)
  @HttpCode(HttpStatus.OK)
  @RateLimit({ ip: true, account: true })
  @ApiOperation({
    summary: 'Change the password',
    description: 'Every token issued before stops working; the answer carries a new one.',
  })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiBadRequestResponse({
    type: ApiErrorDto,
    description: 'Wrong current password, or a weak new one.',
  })
  changePassword(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: ChangePasswordDto,
    @Ip() ip: string,
  ): Promise<LoginResponseDto> {
    return this.account.changePassword(user, dto, ip);
  }

  @Delete(AUTH_PATHS.me)
  @HttpCode(HttpStatus.NO_CONTENT)
  @RateLimit({ ip: true, account: true })
  @ApiOperation({
    summary: 'Delete the account and everything that is its own (sessions, history, tokens)',
  })
  @ApiNoContentResponse({ description: 'Deleted; its tokens stop working.' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Wrong password.' })
  deleteMe(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: DeleteAccountDto,
    @Ip() ip: string,
  ): Promise<void> {
    return this.account.deleteAccount(user, dto, ip);
  }
}
