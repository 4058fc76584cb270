import type { Routes } from '@angular/router';

export const appRoutes: Routes = [
  {
    path: '',
    title: 'Interview Prep AI',
    loadComponent: () => import('./pages/home/home.page'),
  },
  {
    path: '**',
    title: 'Page not found · Interview Prep AI',
    loadComponent: () => import('./pages/not-found/not-found.page'),
  },
];
