/**
 * Monaco starts its language services in web workers. The workers are bundled next to
 * the page by scripts/build-web.mjs, so nothing is fetched from a CDN (GraphiQL's own
 * `setup-workers/esm.sh` would load them from esm.sh).
 */
const workerUrl = (name: string) => `/playground/workers/${name}.worker.js`;

(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    switch (label) {
      case 'json':
        return new Worker(workerUrl('json'), { name: 'json' });
      case 'graphql':
        return new Worker(workerUrl('graphql'), { name: 'graphql' });
      default:
        return new Worker(workerUrl('editor'), { name: 'editor' });
    }
  },
};
