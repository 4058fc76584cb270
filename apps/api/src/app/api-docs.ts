import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

export const API_DOCS_PATH = 'api/docs';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Interview Prep AI')
    .setDescription(
      'Mock interviews with a deterministic interviewer and scorer, conversational with an LLM. ' +
        'Every route needs `Authorization: Bearer <token>` except the ones marked public.',
    )
    .setVersion('1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** Swagger UI at /api/docs, the OpenAPI JSON at /api/docs-json. */
export function setUpApiDocs(app: INestApplication): void {
  SwaggerModule.setup(API_DOCS_PATH, app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: `${API_DOCS_PATH}-json`,
    customSiteTitle: 'Interview Prep AI API',
  });
}
