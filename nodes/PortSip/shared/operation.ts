import type { IN8nHttpFullResponse, INodePropertyRouting } from 'n8n-workflow';

import { portSipProfile } from '../../shared/errors';
import { useChosenTenant } from './tenantSession';
import { apiRouting, skipTopPagination, type ApiOperation } from '../../shared/routing';

/** PortSIP lists answer at most 100 items per request (`top` 1..100). */
export const PORTSIP_PAGE_SIZE = 100;

export interface PortSipOperation extends Omit<ApiOperation, 'pagination'> {
	/** A `{count, items}` list read in `skip`/`top` pages (Return All / Limit). */
	paginate?: boolean;
}

/** The routing of one PortSIP operation: request, validation before sending, error mapping, output. */
export function portSipRouting(operation: PortSipOperation): INodePropertyRouting {
	const { paginate, preSend, ...rest } = operation;
	return apiRouting(portSipProfile, {
		...rest,
		// last, after the checks of the input: a request for a tenant chosen in "Tenant" carries its session
		preSend: [...(preSend ?? []), useChosenTenant],
		...(paginate ? { pagination: skipTopPagination(PORTSIP_PAGE_SIZE) } : {}),
	});
}

/** readBack of a create: PortSIP answers 201 `{id}`, so read `<collection>/<id>` to return the object as it stands. */
export function createdItemPath(collection: string) {
	return (response: IN8nHttpFullResponse) =>
		`${collection}/${encodeURIComponent(String((response.body as { id?: unknown } | undefined)?.id ?? ''))}`;
}
