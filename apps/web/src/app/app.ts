import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthStore } from './core/auth/auth.store';
import { ConnectivityStore } from './core/http/connectivity.store';

@Component({
  selector: 'app-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive],
  templateUrl: './app.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly router = inject(Router);
  protected readonly auth = inject(AuthStore);
  protected readonly connectivity = inject(ConnectivityStore);

  protected signOut(): void {
    this.auth.signOut();
    void this.router.navigateByUrl('/sign-in?signedOut=1');
  }
}
