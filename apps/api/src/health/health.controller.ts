import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/public.decorator';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({
    summary: 'Is the API up and its database reachable? 503 when not.',
  })
  check() {
    return this.health.check([() => this.database.pingCheck('database', { timeout: 2_000 })]);
  }

  /** Liveness: answers while the process serves HTTP, whatever the database; nothing else runs. */
  @Get('live')
  @ApiOperation({ summary: 'Is the process up? Touches nothing else (a liveness probe).' })
  @ApiOkResponse({ schema: { type: 'object', properties: { status: { type: 'string' } } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
