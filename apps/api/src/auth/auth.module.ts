import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AllConfig } from '../config';
import { MailModule } from '../mail/mail.module';
import { UsersModule } from '../users/users.module';
import { AccessTokenService } from './access-token.service';
import { AccountController } from './account.controller';
import { AccountService } from './account.service';
import { AuditEventEntity } from './audit-event.entity';
import { AuditService } from './audit.service';
import { AuthTokenEntity } from './auth-token.entity';
import { AuthTokensService } from './auth-tokens.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtAuthGuard } from './jwt-auth.guard';
import { JwtStrategy } from './jwt.strategy';
import { PasswordService } from './password.service';

/**
 * Accounts and the global JWT guard: importing this module puts every route of the app behind
 * `Authorization: Bearer <token>`, except those marked @Public().
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([AuthTokenEntity, AuditEventEntity]),
    PassportModule,
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<AllConfig, true>) => ({
        secret: config.get('auth.secretKey', { infer: true }),
        signOptions: {
          algorithm: 'HS256',
          expiresIn: config.get('auth.jwtExpiresInSeconds', { infer: true }),
        },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
    UsersModule,
    MailModule,
  ],
  controllers: [AuthController, AccountController],
  providers: [
    AuthService,
    AccountService,
    AccessTokenService,
    AuthTokensService,
    AuditService,
    PasswordService,
    JwtStrategy,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
  ],
  exports: [AccessTokenService, PasswordService, AuditService],
})
export class AuthModule {}
