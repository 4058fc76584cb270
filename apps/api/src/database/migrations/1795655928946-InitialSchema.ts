import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795655928946 implements MigrationInterface {
  name = 'InitialSchema1795655928946';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" character varying(255) NOT NULL, "full_name" character varying(120), "is_verified" boolean NOT NULL DEFAULT false, "verified_at" TIMESTAMP WITH TIME ZONE, "token_version" integer NOT NULL DEFAULT '0', "preferences" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid, "event" character varying(40) NOT NULL, "ip" character varying(64), "metadata" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_audit_events_user_created" ON "audit_events"  ("user_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "auth_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" character varying(20) NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_3a94cfa1eada85ac2bf6f3016b7" UNIQUE ("token_hash"), CONSTRAINT "PK_41e9ddfbb32da18c4e85e45c2fd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_auth_tokens_user_purpose" ON "auth_tokens"  ("user_id", "purpose") `,
    );
    await queryRunner.query(
      `CREATE TABLE "questions" ("id" character varying(200) NOT NULL, "track" character varying(20) NOT NULL, "company" character varying(20) NOT NULL, "difficulty" character varying(10) NOT NULL, "question_type" character varying(20) NOT NULL, "is_behavioral" boolean NOT NULL, "title" character varying(200) NOT NULL, "prompt" text NOT NULL, "tags" text array NOT NULL, "followups" jsonb NOT NULL, "key_points" jsonb NOT NULL, "expected_topics" jsonb NOT NULL, "evaluation_focus" jsonb NOT NULL, "hints" jsonb NOT NULL, "reference_answer" text, "estimated_minutes" integer, "source_file" character varying(300) NOT NULL, "content_hash" character(64) NOT NULL, "random_key" double precision NOT NULL DEFAULT random(), "is_active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_08a6d4b0f49ff300bf3a0ca60ac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_questions_selection" ON "questions"  ("track", "company", "difficulty", "is_behavioral", "random_key") WHERE is_active`,
    );
    // Tag filters (GET /questions?tag=, coverage per tag); GIN is not expressible in an entity.
    await queryRunner.query(`CREATE INDEX "idx_questions_tags" ON "questions" USING gin ("tags")`);
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "track" character varying(20) NOT NULL, "company" character varying(20) NOT NULL, "difficulty" character varying(10) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'created', "config" jsonb NOT NULL DEFAULT '{}', "state" jsonb, "job_description" text, "parent_session_id" uuid, "overall_score" integer, "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_sessions_user_created" ON "sessions"  ("user_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "evaluations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "overall_score" integer NOT NULL, "rubric" jsonb NOT NULL, "strengths" jsonb NOT NULL, "weaknesses" jsonb NOT NULL, "next_steps" jsonb NOT NULL, "details" jsonb NOT NULL DEFAULT '{}', "source" character varying(10) NOT NULL, "model" character varying(100), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_0365a2d950e05ef7bf3e0da5201" UNIQUE ("session_id"), CONSTRAINT "REL_0365a2d950e05ef7bf3e0da520" UNIQUE ("session_id"), CONSTRAINT "PK_f683b433eba0e6dae7e19b29e29" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "seq" integer NOT NULL, "role" character varying(20) NOT NULL, "kind" character varying(30) NOT NULL, "content" text NOT NULL, "question_id" character varying(200), "client_message_id" character varying(100), "meta" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_18325f38ae6de43878487eff986" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_messages_session_client_id" ON "messages"  ("session_id", "client_message_id") WHERE client_message_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_messages_session_seq" ON "messages"  ("session_id", "seq") `,
    );
    await queryRunner.query(
      `CREATE TABLE "session_questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "question_id" character varying(200) NOT NULL, "position" integer NOT NULL, "difficulty" character varying(10) NOT NULL, "followups_asked" integer NOT NULL DEFAULT '0', "hints_used" integer NOT NULL DEFAULT '0', "skipped" boolean NOT NULL DEFAULT false, "score" real, "asked_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_620bcd90fbd1cecc42ec217ac75" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_session_questions_question" ON "session_questions"  ("question_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_session_questions_question" ON "session_questions"  ("session_id", "question_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_session_questions_position" ON "session_questions"  ("session_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "user_questions_seen" ("user_id" uuid NOT NULL, "question_id" character varying(200) NOT NULL, "first_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "times_seen" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_c49dae11a0f15f139280dcfdbdc" PRIMARY KEY ("user_id", "question_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_user_questions_seen_last" ON "user_questions_seen"  ("user_id", "last_seen_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_events" ADD CONSTRAINT "FK_e1c246079d669576b847df55d90" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_tokens" ADD CONSTRAINT "FK_9691367d446cd8b18f462c191b3" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_ac3008b89c9f21c9d8c73105092" FOREIGN KEY ("parent_session_id") REFERENCES "sessions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluations" ADD CONSTRAINT "FK_0365a2d950e05ef7bf3e0da5201" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "messages" ADD CONSTRAINT "FK_ff71b7760071ed9caba7f02beb4" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "messages" ADD CONSTRAINT "FK_2dbcaa1cdbefeac3afedb4cb2a0" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_questions" ADD CONSTRAINT "FK_319953f2a6b0c035614f36619ed" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_questions" ADD CONSTRAINT "FK_43809b73e16ae83e7e15680853e" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_questions_seen" ADD CONSTRAINT "FK_a7a1159563e4d10d482155fa4af" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_questions_seen" ADD CONSTRAINT "FK_27b5bed822a25ece0cf2bd0eb15" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "user_questions_seen" DROP CONSTRAINT "FK_27b5bed822a25ece0cf2bd0eb15"`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_questions_seen" DROP CONSTRAINT "FK_a7a1159563e4d10d482155fa4af"`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_questions" DROP CONSTRAINT "FK_43809b73e16ae83e7e15680853e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_questions" DROP CONSTRAINT "FK_319953f2a6b0c035614f36619ed"`,
    );
    await queryRunner.query(
      `ALTER TABLE "messages" DROP CONSTRAINT "FK_2dbcaa1cdbefeac3afedb4cb2a0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "messages" DROP CONSTRAINT "FK_ff71b7760071ed9caba7f02beb4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluations" DROP CONSTRAINT "FK_0365a2d950e05ef7bf3e0da5201"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" DROP CONSTRAINT "FK_ac3008b89c9f21c9d8c73105092"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_tokens" DROP CONSTRAINT "FK_9691367d446cd8b18f462c191b3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_events" DROP CONSTRAINT "FK_e1c246079d669576b847df55d90"`,
    );
    await queryRunner.query(`DROP INDEX "public"."idx_user_questions_seen_last"`);
    await queryRunner.query(`DROP TABLE "user_questions_seen"`);
    await queryRunner.query(`DROP INDEX "public"."uq_session_questions_position"`);
    await queryRunner.query(`DROP INDEX "public"."uq_session_questions_question"`);
    await queryRunner.query(`DROP INDEX "public"."idx_session_questions_question"`);
    await queryRunner.query(`DROP TABLE "session_questions"`);
    await queryRunner.query(`DROP INDEX "public"."uq_messages_session_seq"`);
    await queryRunner.query(`DROP INDEX "public"."uq_messages_session_client_id"`);
    await queryRunner.query(`DROP TABLE "messages"`);
    await queryRunner.query(`DROP TABLE "evaluations"`);
    await queryRunner.query(`DROP INDEX "public"."idx_sessions_user_created"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."idx_questions_tags"`);
    await queryRunner.query(`DROP INDEX "public"."idx_questions_selection"`);
    await queryRunner.query(`DROP TABLE "questions"`);
    await queryRunner.query(`DROP INDEX "public"."idx_auth_tokens_user_purpose"`);
    await queryRunner.query(`DROP TABLE "auth_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_events_user_created"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
    await queryRunner.query(`DROP TABLE "users"`);
  }
}
