import type { IN8nHttpFullResponse, INodePropertyRouting } from 'n8n-workflow';

import { portSipProfile } from '../../shared/errors';
import { apiRouting, type ApiOperation } from '../../shared/routing';
import { portSipGetMany } from './list';
import { useChosenTenant } from './tenantSession';

export { PORTSIP_PAGE_SIZE } from './list';

export interface PortSipOperation extends Omit<ApiOperation, 'list'> {
	/** Get Many over a `{count, items}` list, read in `skip`/`top` pages (Return All / Limit). */
	paginate?: boolean;
}

/** The routing of one PortSIP operation (see apiRouting). */
export function portSipRouting(operation: PortSipOperation): INodePropertyRouting {
	const { paginate, preSend, ...rest } = operation;
	return apiRouting(portSipProfile, {
		...rest,
		// last, after the checks of the input: a request for a tenant chosen in "Tenant" carries its session
		preSend: [...(preSend ?? []), useChosenTenant],
		...(paginate ? { list: portSipGetMany } : {}),
	});
}

/** readBack of a create: PortSIP answers 201 `{id}`, so read `<collection>/<id>` to return the object as it stands. */
export function createdItemPath(collection: string) {
	return (response: IN8nHttpFullResponse) =>
		`${collection}/${encodeURIComponent(String((response.body as { id?: unknown } | undefined)?.id ?? ''))}`;
}
