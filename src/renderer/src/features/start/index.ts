export { StartPage } from './StartPage';
export { SampleBanner } from './SampleBanner';
