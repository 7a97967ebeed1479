export { PublishedPanel } from './PublishedPanel';
export { setPublished, usePublished } from './published-store';
