import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { SessionDetail, TurnStreamEvent } from '@interview-prep/contracts';
import { of } from 'rxjs';
import { SessionsApi } from '../../core/api/sessions.api';
import { TurnStreamClient } from '../../core/api/turn-stream.client';
import InterviewPage from './interview.page';

const detail: SessionDetail = {
  id: 's1',
  track: 'swe_engineer',
  company: 'amazon',
  difficulty: 'medium',
  status: 'in_progress',
  phase: 'questions',
  settings: {
    max_questions: 7,
    behavioral_questions: 2,
    max_follow_ups: 2,
    duration_minutes: 45,
    warmup: true,
  },
  overall_score: null,
  score_source: null,
  parent_session_id: null,
  retry_question_id: null,
  created_at: '2026-01-01T10:00:00Z',
  started_at: '2026-01-01T10:00:00Z',
  finished_at: null,
  job_description: null,
  progress: {
    phase: 'questions',
    question_number: 3,
    total_questions: 7,
    question_kind: 'technical',
    follow_ups_on_question: 0,
    max_follow_ups: 2,
    hints_used_on_question: 0,
    difficulty: 'hard',
    elapsed_seconds: 600,
    duration_minutes: 45,
  },
  messages: [
    {
      id: 'm1',
      seq: 1,
      role: 'interviewer',
      kind: 'ask_question',
      content: 'Reverse a linked list.',
      question_id: 'q3',
      created_at: '2026-01-01T10:09:00Z',
    },
  ],
};

describe('InterviewPage', () => {
  let fixture: ComponentFixture<InterviewPage>;
  let stream: jest.Mock;

  beforeEach(async () => {
    localStorage.clear();
    stream = jest.fn().mockReturnValue(of<TurnStreamEvent>());
    await TestBed.configureTestingModule({
      imports: [InterviewPage],
      providers: [
        provideRouter([]),
        {
          provide: SessionsApi,
          useValue: {
            get: () => of(detail),
            start: jest.fn(),
            send: jest.fn(),
            finalize: jest.fn(),
          },
        },
        { provide: TurnStreamClient, useValue: { stream } },
      ],
    }).compileComponents();
    fixture = TestBed.createComponent(InterviewPage);
    fixture.componentRef.setInput('id', 's1');
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  });

  afterEach(() => fixture.destroy());

  const element = () => fixture.nativeElement as HTMLElement;
  const answerBox = () => element().querySelector<HTMLTextAreaElement>('#answer');

  async function type(text: string): Promise<void> {
    const box = answerBox();
    if (!box) {
      throw new Error('no answer box');
    }
    box.value = text;
    box.dispatchEvent(new Event('input'));
    fixture.detectChanges();
    await fixture.whenStable();
  }

  it('should show the progress, the difficulty and the transcript', () => {
    expect(element().querySelector('h1')?.textContent).toContain('Software engineer · Amazon');
    expect(element().querySelector('.progress-text')?.textContent?.trim()).toBe('Question 3 of 7');
    expect(element().textContent).toContain('Difficulty: Hard');
    expect(element().textContent).toContain('(started Medium)');
    expect(element().querySelector('[role="log"]')?.textContent).toContain(
      'Reverse a linked list.',
    );
  });

  it('should send with Enter and add a line with Shift+Enter', async () => {
    await type('Use three pointers');
    const shiftEnter = new KeyboardEvent('keydown', {
      key: 'Enter',
      shiftKey: true,
      cancelable: true,
    });
    answerBox()?.dispatchEvent(shiftEnter);
    expect(shiftEnter.defaultPrevented).toBe(false);
    expect(stream).not.toHaveBeenCalled();

    const enter = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true });
    answerBox()?.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    await fixture.whenStable();
    expect(stream).toHaveBeenCalledWith(
      's1',
      expect.objectContaining({ content: 'Use three pointers' }),
    );
  });

  it('should keep what is typed in localStorage', async () => {
    await type('Half an answer');
    expect(JSON.parse(localStorage.getItem('interview-prep.draft.s1') ?? '{}').text).toBe(
      'Half an answer',
    );
  });

  it('should name every button', () => {
    for (const button of Array.from(element().querySelectorAll('button'))) {
      const name = button.getAttribute('aria-label') ?? button.textContent?.trim();
      expect(name).toBeTruthy();
    }
  });
});
