import type { ShellActions, ShellEnvironment } from '../actions/shell-actions.js';

/** The citizen's services: add (at a position, for undo), remove, reorder. The server answers with the whole list. */
export function myServicesActions({
  stores,
  api,
}: ShellEnvironment): Pick<ShellActions, 'addService' | 'removeService' | 'reorderServices'> {
  /** A change to the citizen's services; resolves to the list in the server's order (null: refused). */
  async function change(method: 'PUT' | 'DELETE', path: string, body?: unknown): Promise<string[] | null> {
    try {
      const response = await api.send(method, path, body);
      if (!response.ok) return null;
      const { services } = (await response.json()) as { services?: unknown };
      return Array.isArray(services) ? services.filter((id): id is string => typeof id === 'string') : null;
    } catch {
      return null;
    }
  }
  const one = (serviceId: string) => `/api/my-services/${encodeURIComponent(serviceId)}`;

  return {
    async addService(serviceId, position) {
      const services = await change('PUT', one(serviceId), position === undefined ? {} : { position });
      if (services) stores.portal.setState({ myServices: services, lastRemoved: null });
      return services !== null;
    },
    async removeService(serviceId) {
      const position = stores.portal.getState().myServices.indexOf(serviceId);
      const services = await change('DELETE', one(serviceId));
      if (services) stores.portal.setState({ myServices: services, lastRemoved: { serviceId, position } });
      return services !== null;
    },
    async reorderServices(serviceIds) {
      const services = await change('PUT', '/api/my-services', { services: serviceIds });
      if (services) stores.portal.setState({ myServices: services });
      return services !== null;
    },
  };
}
