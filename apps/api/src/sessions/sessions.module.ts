import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AiModule } from '../ai/ai.module';
import { EvaluationEntity } from './evaluation.entity';
import { InterviewService } from './interview.service';
import { LearningProfile } from './learning-profile';
import { MessageEntity } from './message.entity';
import { ReplyPolisher } from './reply-polisher';
import { RubricStore } from './rubric-store';
import { SessionQuestionEntity } from './session-question.entity';
import { SessionScorer } from './session-scorer';
import { SessionEntity } from './session.entity';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';
import { TurnStream } from './turn-stream';

@Module({
  imports: [
    AiModule,
    TypeOrmModule.forFeature([
      SessionEntity,
      MessageEntity,
      SessionQuestionEntity,
      EvaluationEntity,
    ]),
  ],
  controllers: [SessionsController],
  providers: [
    SessionsService,
    InterviewService,
    SessionScorer,
    ReplyPolisher,
    TurnStream,
    RubricStore,
    LearningProfile,
  ],
})
export class SessionsModule {}
