import { Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl, Validators } from '@angular/forms';
import { TextFieldComponent } from './text-field.component';

@Component({
  imports: [TextFieldComponent],
  template: `
    <app-text-field
      inputId="email"
      label="Email"
      type="email"
      autocomplete="email"
      [control]="control"
      [messages]="{ required: 'Enter your email address.' }"
    />
  `,
})
class HostComponent {
  readonly control = new FormControl('', { nonNullable: true, validators: Validators.required });
}

describe('TextFieldComponent', () => {
  let fixture: ComponentFixture<HostComponent>;

  beforeEach(async () => {
    fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
  });

  const element = () => fixture.nativeElement as HTMLElement;
  const input = () => element().querySelector('input') as HTMLInputElement;
  const error = () => element().querySelector('.field-error');

  it('should bind the label to the input', () => {
    const label = element().querySelector('label');
    expect(label?.textContent?.trim()).toBe('Email');
    expect(label?.htmlFor).toBe('email');
    expect(input().id).toBe('email');
    expect(input().type).toBe('email');
    expect(input().getAttribute('autocomplete')).toBe('email');
  });

  it('should say nothing about an invalid control until it is touched', () => {
    expect(error()).toBeNull();
    expect(input().hasAttribute('aria-invalid')).toBe(false);
    expect(input().hasAttribute('aria-describedby')).toBe(false);
  });

  it('should show the error of an invalid, touched control and point the input at it', async () => {
    input().dispatchEvent(new Event('blur'));
    await fixture.whenStable();

    expect(error()?.id).toBe('email-error');
    expect(error()?.textContent).toBe('Enter your email address.');
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(input().getAttribute('aria-describedby')).toBe('email-error');
  });

  it('should drop the error once the touched control is valid', async () => {
    input().dispatchEvent(new Event('blur'));
    input().value = 'ada@example.com';
    input().dispatchEvent(new Event('input'));
    await fixture.whenStable();

    expect(error()).toBeNull();
    expect(input().hasAttribute('aria-invalid')).toBe(false);
    expect(input().hasAttribute('aria-describedby')).toBe(false);
  });
});
