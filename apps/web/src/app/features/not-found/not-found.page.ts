import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'app-not-found-page',
  imports: [RouterLink],
  template: `
    <section class="hero">
      <h1>Page not found</h1>
      <p class="lead">There is nothing at this address.</p>
      <a class="button" routerLink="/">Back to the start</a>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class NotFoundPage {}
