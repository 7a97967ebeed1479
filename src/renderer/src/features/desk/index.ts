// 审阅台 (the reviewer's desk). The shell mounts <DeskMenu files /> in the header and <DeskView /> as the
// view 'desk'.
export { DeskView } from './DeskView';
export { DeskMenu } from './DeskMenu';
