// 审阅 (review mode). The shell mounts: <ReviewPage /> (nav view 'review'), <ReviewMenu files /> and
// <ReviewBadge /> in the header, <CellNotes table /> in a table view, <FindingNotes finding /> in the
// findings panel; TableView reports focus with setCurrentCell(cellAtFocus(…)).
export { ReviewPage } from './ReviewPage';
export { ReviewMenu, ReviewBadge } from './ReviewMenu';
export { CellNotes } from './CellNotes';
export { FindingNotes } from './FindingNotes';
export { cellAtFocus, setCurrentCell } from './current-cell';
export { openNoteCells } from './review-model';
