// Applies the security policy (policy.ts) to every web contents the app creates: no navigation away from
// our page, no new windows, no webviews, no permissions (checklist #13, #14; Actual's security.ts).
import type { App, Session } from 'electron';
import { allowPermission, isAllowedNavigation, type TrustedOrigin } from './policy';

export function applySecurity(app: App, trusted: TrustedOrigin, log: (line: string) => void): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url, trusted)) {
        event.preventDefault();
        log(`已阻止页面跳转：${url.slice(0, 200)}`);
      }
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedNavigation(url, trusted)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      log(`已阻止打开新窗口：${url.slice(0, 200)}`);
      return { action: 'deny' };
    });
  });
}

export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(allowPermission(permission)));
  session.setPermissionCheckHandler((_contents, permission) => allowPermission(permission));
}
