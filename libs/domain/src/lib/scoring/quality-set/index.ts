import { BEHAVIORAL_ITEMS } from './behavioral-items';
import type { QualityItem } from './quality-item';
import { TECHNICAL_ITEMS } from './technical-items';

export type { GradedAnswer, QualityGrade, QualityItem } from './quality-item';

/** The graded answers the offline scorer must put in the team's order. */
export const QUALITY_SET: readonly QualityItem[] = [...TECHNICAL_ITEMS, ...BEHAVIORAL_ITEMS];
