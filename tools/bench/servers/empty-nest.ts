/**
 * Reference: an empty Nest app on the Fastify adapter with one controller, none of the API's
 * features. Beside bare node:http it shows what the framework alone costs on this machine, which
 * no amount of work in the API can win back. PORT selects the port.
 */
import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';

@Controller()
class StatusController {
  @Get()
  status(): { status: 'ok' } {
    return { status: 'ok' };
  }
}

@Module({ controllers: [StatusController] })
class EmptyModule {}

void NestFactory.create(EmptyModule, new FastifyAdapter({ skipMiddie: true }), {
  logger: false,
}).then((app) => app.listen(Number(process.env['PORT']), '127.0.0.1'));
