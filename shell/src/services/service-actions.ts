import type { RemoteFailureReport } from '@czp/contract';
import type { ShellActions, ShellEnvironment } from '../actions/shell-actions.js';

/** A service whose remote failed: load it again, or tell the portal's operators. */
export function serviceActions({
  stores,
  api,
  retryService,
}: ShellEnvironment): Pick<ShellActions, 'retry' | 'report'> {
  return {
    retry: (serviceId) => void retryService(serviceId),
    async report(serviceId) {
      const { services, catalogue, path } = stores.portal.getState();
      const status = services[serviceId];
      if (status?.state !== 'failed') return false;
      const report: RemoteFailureReport = {
        serviceId,
        version: catalogue.find((s) => s.id === serviceId)?.version,
        reason: status.reason,
        message: status.detail.slice(0, 500),
        page: path,
      };
      try {
        const response = await api.send('POST', '/api/remote-failures', report);
        return response.ok;
      } catch {
        return false;
      }
    },
  };
}
