export { RulesView } from './RulesView';
