// 绩效自评 (项目支出绩效自评表). Mount <EvaluationView {...props} /> or the store-bound <EvaluationPage />.
export { EvaluationView } from './EvaluationView';
export type { EvaluationViewProps } from './EvaluationView';
export type { FeatureViewProps } from './props';
export { EvaluationPage } from '../narrative/pages';
