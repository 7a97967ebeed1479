// 概况 (职责, 机构设置, 名词解释, 封面). Mount <OverviewView {...props} /> or the store-bound <OverviewPage />.
export { OverviewView } from './OverviewView';
export type { OverviewViewProps } from './OverviewView';
export { OverviewPage } from '../narrative/pages';
