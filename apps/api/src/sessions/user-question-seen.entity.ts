import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { QuestionEntity } from '../questions/question.entity';
import { UserEntity } from '../users/user.entity';

/** Which questions a user has been asked, so selection can prefer unseen ones. */
@Entity({ name: 'user_questions_seen' })
@Index('idx_user_questions_seen_last', ['userId', 'lastSeenAt'])
export class UserQuestionSeenEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @PrimaryColumn({ name: 'question_id', type: 'varchar', length: 200 })
  questionId!: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: QuestionEntity;

  @Column({ name: 'first_seen_at', type: 'timestamptz' })
  firstSeenAt!: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt!: Date;

  @Column({ name: 'times_seen', type: 'integer', default: 1 })
  timesSeen!: number;
}
