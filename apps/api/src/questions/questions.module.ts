import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QuestionSeeder } from './question-seeder.service';
import { QuestionEntity } from './question.entity';

@Module({
  imports: [TypeOrmModule.forFeature([QuestionEntity])],
  providers: [QuestionSeeder],
  exports: [QuestionSeeder],
})
export class QuestionsModule {}
