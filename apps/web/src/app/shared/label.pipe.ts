import { Pipe, type PipeTransform } from '@angular/core';
import { type LabelKind, label } from './labels';

/** `session.track | label: 'track'` gives "Software engineer". */
@Pipe({ name: 'label' })
export class LabelPipe implements PipeTransform {
  transform(value: string | null | undefined, kind: LabelKind): string {
    return label(kind, value);
  }
}
