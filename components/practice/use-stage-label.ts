import { useCallback } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import type { PracticeStage } from '../../utils/practice/practice-stages';

/** A stage's name in the UI language (问候, 议价 …). */
export function useStageLabel(): (stage: PracticeStage) => string {
  const { t } = useI18n();
  return useCallback((stage: PracticeStage) => t(`practice.stage.${stage}`), [t]);
}
