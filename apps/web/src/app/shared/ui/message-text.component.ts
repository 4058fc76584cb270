import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export interface TextBlock {
  readonly code: boolean;
  readonly text: string;
}

/** Splits text on Markdown code fences (```), so code keeps its layout; everything stays text. */
export function toBlocks(content: string): TextBlock[] {
  const parts = content.split(/```[\w+-]*[ \t]*\r?\n?/);
  return parts
    .map((text, i) => ({
      code: i % 2 === 1,
      text: i % 2 === 1 ? text.replace(/\s+$/, '') : text.trim(),
    }))
    .filter((block) => block.text !== '');
}

/** A message or a reference answer: paragraphs as written, fenced code as code. */
@Component({
  selector: 'app-message-text',
  template: `
    @for (block of blocks(); track $index) {
      @if (block.code) {
        <pre class="code-block" tabindex="0"><code>{{ block.text }}</code></pre>
      } @else {
        <p class="message-text">{{ block.text }}</p>
      }
    }
  `,
  host: { class: 'message-body' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MessageTextComponent {
  readonly text = input.required<string>();
  protected readonly blocks = computed(() => toBlocks(this.text()));
}
