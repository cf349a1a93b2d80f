/**
 * The tenant's trunks (`GET /api/providers`, the list the Trunk picker reads) and inbound rules
 * (`/api/inbound_rules`). The contract check has applied the spec's schema; these handlers add what
 * the PBX itself would refuse: a trunk or a holiday that is not the tenant's, a rule with no name,
 * DID numbers or trunk after an update. A rule stores holiday IDs; GET answers the holidays
 * themselves, as the spec's response schema has them. [INFERRED] What the PBX does with a rule's
 * holiday when the holiday is deleted is not documented; the sandbox refuses to delete a holiday a
 * rule observes (as a database reference would), the strictest of the possible answers.
 */
import { portSipError, type PortSipRoutes } from '../api';
import { listReply } from '../list';
import { newPortSipId, type Json, type TenantState } from '../state';

const RULE_FIELDS = ['id', 'name', 'enabled', 'did_numbers', 'cid_number_mask', 'provider_id', 'play_recording_disclaimer'];
const PROVIDER_FIELDS = ['id', 'name', 'enabled', 'brand', 'hostname', 'port', 'did_numbers', 'shared'];

/** What the PBX stores for what a create leaves out (the spec's defaults). */
const RULE_DEFAULTS = {
	enabled: true,
	cid_number_mask: '',
	holidays: [],
	enable_advanced_routing: false,
	advanced_routing: '',
	play_recording_disclaimer: false,
	office_hours: { mode: 'GLOBAL' },
};

/** Adds an inbound rule straight to the sandbox's data (test set-up); `holidays` are IDs. */
export function addInboundRule(tenant: TenantState, fields: Json): Json {
	const rule = { id: newPortSipId(), ...RULE_DEFAULTS, ...fields };
	tenant.inboundRules.set(rule.id as string, rule);
	return rule;
}

/** The rule as GET answers it: the holidays it observes as holiday objects. */
function ruleReply(tenant: TenantState, rule: Json): Json {
	const ids = (rule.holidays as string[]) ?? [];
	return { ...rule, holidays: ids.map((id) => tenant.holidays.get(id)).filter((holiday) => holiday !== undefined).map((holiday) => ({ ...holiday })) };
}

/** What the PBX would refuse in a rule as it would be stored. */
function ruleProblem(tenant: TenantState, rule: Json): string | undefined {
	if (!rule.name || !rule.did_numbers || !rule.provider_id) return 'name, did_numbers and provider_id are required';
	if (!tenant.providers.has(rule.provider_id as string)) return `provider_id ${String(rule.provider_id)} is not a trunk of this tenant`;
	const unknown = ((rule.holidays as string[]) ?? []).filter((id) => !tenant.holidays.has(id));
	if (unknown.length > 0) return `holidays: ${unknown.join(', ')} are not holidays of this tenant`;
	if (new Set(rule.holidays as string[]).size !== ((rule.holidays as string[]) ?? []).length) return 'holidays: an ID is listed twice';
	return undefined;
}

/** The rules that observe a holiday (a holiday in use cannot be deleted). */
export function rulesObserving(tenant: TenantState, holidayId: string): Json[] {
	return [...tenant.inboundRules.values()].filter((rule) => ((rule.holidays as string[]) ?? []).includes(holidayId));
}

export function registerInboundRuleRoutes(sandbox: PortSipRoutes): void {
	sandbox.route('GET', '/api/providers', 'tenant', ({ tenant, request }) =>
		listReply([...tenant!.providers.values()], request.query, { searchFields: ['name', 'hostname'], fields: PROVIDER_FIELDS }),
	);

	sandbox.route('GET', '/api/inbound_rules', 'tenant', ({ tenant, request }) =>
		listReply([...tenant!.inboundRules.values()], request.query, {
			searchFields: ['name', 'did_numbers'],
			fields: RULE_FIELDS,
			summary: (rule) => ruleReply(tenant!, rule),
		}),
	);

	sandbox.route('POST', '/api/inbound_rules', 'tenant', ({ tenant, request }) => {
		const rule = { ...RULE_DEFAULTS, ...(request.body as Json) };
		const problem = ruleProblem(tenant!, rule);
		if (problem) return portSipError(400, 'VALIDATE_FAILED', `field validation failed: ${problem}`);
		return { status: 201, body: { id: addInboundRule(tenant!, rule).id } };
	});

	sandbox.route('GET', '/api/inbound_rules/{id}', 'tenant', ({ tenant, params }) => {
		const rule = tenant!.inboundRules.get(params.id);
		if (!rule) return portSipError(404, 'NOT_FOUND', `Inbound rule ${params.id} not found`);
		return { status: 200, body: ruleReply(tenant!, rule) };
	});

	// 200 with no body, as PortSIP answers updates; the fields sent replace those stored
	sandbox.route('POST', '/api/inbound_rules/{id}', 'tenant', ({ tenant, params, request }) => {
		const rule = tenant!.inboundRules.get(params.id);
		if (!rule) return portSipError(404, 'NOT_FOUND', `Inbound rule ${params.id} not found`);
		const updated = { ...rule, ...(request.body as Json) };
		const problem = ruleProblem(tenant!, updated);
		if (problem) return portSipError(400, 'VALIDATE_FAILED', `field validation failed: ${problem}`);
		tenant!.inboundRules.set(params.id, updated);
		return { status: 200 };
	});

	sandbox.route('POST', '/api/inbound_rules/{id}/destroy', 'tenant', ({ tenant, params }) => {
		if (!tenant!.inboundRules.delete(params.id)) return portSipError(400, 'VALIDATE_FAILED', 'Invalid inbound rule ID supplied');
		return { status: 204 };
	});
}
