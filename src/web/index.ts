export {
  webRouter,
  wantsHtml,
  contentSecurityPolicy,
  defaultDistDir,
  type WebRouterOptions,
} from './router';
export { exportRoutes } from './exportRoutes';
