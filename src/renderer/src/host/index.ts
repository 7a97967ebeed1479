export { getHost, isBrowserHost, onMenu, setHostForTesting } from './get-host';
export { HostCallError } from './http-host';
