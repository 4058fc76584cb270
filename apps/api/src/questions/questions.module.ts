import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QuestionSeeder } from './question-seeder.service';
import { QuestionsController } from './questions.controller';
import { QuestionsService } from './questions.service';
import { QuestionEntity } from './question.entity';

@Module({
  imports: [TypeOrmModule.forFeature([QuestionEntity])],
  controllers: [QuestionsController],
  providers: [QuestionSeeder, QuestionsService],
  exports: [QuestionSeeder, QuestionsService],
})
export class QuestionsModule {}
