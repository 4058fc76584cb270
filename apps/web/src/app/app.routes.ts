import type { Routes } from '@angular/router';
import { authGuard, guestGuard } from './core/auth/auth.guards';

const title = (page: string) => `${page} · Interview Prep AI`;

export const appRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Interview Prep AI',
    canActivate: [guestGuard],
    loadComponent: () => import('./features/home/home.page'),
  },
  {
    path: 'sign-in',
    title: title('Sign in'),
    canActivate: [guestGuard],
    loadComponent: () => import('./features/auth/sign-in.page'),
  },
  {
    path: 'sign-up',
    title: title('Create an account'),
    canActivate: [guestGuard],
    loadComponent: () => import('./features/auth/sign-up.page'),
  },
  {
    path: 'verify',
    title: title('Verify your email'),
    loadComponent: () => import('./features/auth/verify.page'),
  },
  {
    path: 'forgot-password',
    title: title('Forgot password'),
    loadComponent: () => import('./features/auth/forgot-password.page'),
  },
  {
    path: 'reset-password',
    title: title('Choose a new password'),
    loadComponent: () => import('./features/auth/reset-password.page'),
  },
  {
    path: 'dashboard',
    title: title('Dashboard'),
    canActivate: [authGuard],
    loadComponent: () => import('./features/dashboard/dashboard.page'),
  },
  {
    path: 'sessions/:id',
    title: title('Interview'),
    canActivate: [authGuard],
    loadComponent: () => import('./features/interview/interview.page'),
  },
  {
    path: 'sessions/:id/results',
    title: title('Results'),
    canActivate: [authGuard],
    loadComponent: () => import('./features/results/results.page'),
  },
  {
    path: 'history',
    title: title('History'),
    canActivate: [authGuard],
    loadComponent: () => import('./features/history/history.page'),
  },
  {
    path: 'account',
    title: title('Account'),
    canActivate: [authGuard],
    loadComponent: () => import('./features/account/account.page'),
  },
  {
    path: '**',
    title: title('Page not found'),
    loadComponent: () => import('./features/not-found/not-found.page'),
  },
];
