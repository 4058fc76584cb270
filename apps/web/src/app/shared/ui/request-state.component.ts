import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/**
 * The loading, error and empty states of a request, the same everywhere: a polite status while
 * loading, an alert with a retry button on error, and a short message when there is nothing.
 */
@Component({
  selector: 'app-request-state',
  template: `
    @if (loading()) {
      <p class="state state-loading" role="status">
        <span class="spinner" aria-hidden="true"></span> {{ loadingText() }}
      </p>
    } @else if (error(); as message) {
      <div class="state state-error" role="alert">
        <p>{{ message }}</p>
        <button type="button" class="button button-secondary" (click)="retry.emit()">
          Try again
        </button>
      </div>
    } @else if (empty()) {
      <p class="state state-empty">{{ emptyText() }}</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestStateComponent {
  readonly loading = input(false);
  readonly error = input<string | null | undefined>(null);
  readonly empty = input(false);
  readonly loadingText = input('Loading…');
  readonly emptyText = input('Nothing here yet.');
  readonly retry = output();
}
