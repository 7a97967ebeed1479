// 情况说明. Mount <NarrativeView {...props} /> or the store-bound <NarrativePage />.
export { NarrativeView } from './NarrativeView';
export type { NarrativeViewProps } from './NarrativeView';
export { NarrativePage } from './pages';
