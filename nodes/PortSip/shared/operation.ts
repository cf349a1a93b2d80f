import type {
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IN8nHttpFullResponse,
	INodePropertyRouting,
} from 'n8n-workflow';

import { portSipProfile } from '../../shared/errors';
import { checkResponse, rememberRequestPreSend, returnCurrentState, skipTopPagination } from '../../shared/routing';
import type { RequestContextOptions } from '../../shared/transport';

/** PortSIP lists answer at most 100 items per request (`top` 1..100). */
export const PORTSIP_PAGE_SIZE = 100;

type RoutingSend = NonNullable<INodePropertyRouting['send']>;
type PostReceiveFunction = Extract<
	NonNullable<NonNullable<INodePropertyRouting['output']>['postReceive']>[number],
	(...args: never[]) => unknown
>;

export interface PortSipOperation {
	method: IHttpRequestMethods;
	/** Path, or an n8n expression for it (`=/api/holidays/{{...}}`). */
	url: string;
	/** preSend steps that build and validate the body. */
	preSend?: NonNullable<RoutingSend['preSend']>;
	/** postReceive steps after the error check. */
	output?: PostReceiveFunction[];
	/** Reads the object back after an update that answers with no body (or a create that answers `{id}`). */
	readBack?: (this: IExecuteSingleFunctions, response: IN8nHttpFullResponse) => string;
	/** A `{count, items}` list read in `skip`/`top` pages (Return All / Limit). */
	paginate?: boolean;
	hints?: RequestContextOptions['hints'];
}

/** The routing of one PortSIP operation: request, validation before sending, error mapping, output. */
export function portSipRouting(operation: PortSipOperation): INodePropertyRouting {
	const output: PostReceiveFunction[] = [checkResponse(portSipProfile, operation.hints)];
	if (operation.readBack) output.push(returnCurrentState(portSipProfile, operation.readBack));
	output.push(...(operation.output ?? []));
	return {
		request: { method: operation.method, url: operation.url },
		send: {
			preSend: [...(operation.preSend ?? []), rememberRequestPreSend],
			...(operation.paginate ? { paginate: true } : {}),
		},
		output: { postReceive: output },
		...(operation.paginate ? { operations: { pagination: skipTopPagination(PORTSIP_PAGE_SIZE) } } : {}),
	};
}
