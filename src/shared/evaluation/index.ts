export { EVALUATION_WEIGHTS, GRADE_BANDS, GRADES, FUNDING_KINDS, FUNDING_PARTS, executionRate, formatRate, formatScore, gradeOf, scoreEvaluation, suggestedExecutionScore, totalScore } from './scoring';
export type { EvaluationScore, EvaluationWeights, Grade, LevelWeight } from './scoring';
export { summarizeEvaluations } from './summary';
export type { EvaluationSummary } from './summary';
export { LEVEL2_OPTIONS, moveIndicator, moveItem, newEvaluation, newIndicator, replaceEvaluation } from './edit';
export { EVALUATION_ROUTINES, evaluationRuleDefs } from './rules';
