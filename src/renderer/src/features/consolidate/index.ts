// 汇总 (a department's filing from its units). The shell mounts <ConsolidatePage files /> as the view
// 'consolidate' (新建 → 汇总…) and <ConsolidationPanel files /> on 概况.
import './consolidate.css';

export { ConsolidatePage } from './ConsolidatePage';
export { ConsolidationPanel } from './ConsolidationPanel';
