/**
 * A credentials helper that treats credentials as n8n's own does: `authenticate` applied to every
 * request, and `preAuthentication` run when the expirable field is empty or after a 401, with the
 * new token stored back (as n8n stores it in its database), so later runs reuse it.
 */
import {
	ICredentialsHelper,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IHttpRequestHelper,
	type IHttpRequestOptions,
	type INode,
	type INodeCredentialsDetails,
	type INodeProperties,
	type IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { Credentials } from 'n8n-core';

export class TestCredentialsHelper extends ICredentialsHelper {
	/** Stored credential data by type name, updated by preAuthentication like n8n's database. */
	readonly stored = new Map<string, ICredentialDataDecryptedObject>();
	/** How many times each credential type's preAuthentication ran. */
	readonly preAuthenticationRuns = new Map<string, number>();

	constructor(private readonly types: Map<string, ICredentialType>) {
		super();
	}

	/** Stores a credential for every node of this type, or (with an id) for nodes naming that id. */
	set(type: string, data: ICredentialDataDecryptedObject, id?: string): void {
		this.stored.set(id ? `${type}:${id}` : type, { ...data });
	}

	/** The stored entry a node's credential reference uses: its own id's when one was set, else the type's. */
	private keyFor(type: string, id?: string): string {
		return id && this.stored.has(`${type}:${id}`) ? `${type}:${id}` : type;
	}

	getParentTypes(name: string): string[] {
		return this.types.get(name)?.extends ?? [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const type = this.types.get(typeName);
		if (typeof type?.authenticate === 'function') {
			return await type.authenticate(credentials, requestOptions);
		}
		throw new Error(`test harness: credential ${typeName} has no authenticate function`);
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		_node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.types.get(typeName);
		const expirable = type?.properties.find((p) => p.type === 'hidden' && p.typeOptions?.expirable === true);
		if (!type?.preAuthentication || !expirable) return undefined;
		if (credentials[expirable.name] !== '' && credentials[expirable.name] !== undefined && !credentialsExpired) {
			return undefined;
		}
		const output = (await type.preAuthentication.call(helpers, credentials)) as ICredentialDataDecryptedObject;
		if (output[expirable.name] === undefined) return undefined;
		this.preAuthenticationRuns.set(typeName, (this.preAuthenticationRuns.get(typeName) ?? 0) + 1);
		const updated = Object.assign(credentials, output);
		this.stored.set(this.keyFor(typeName, _node.credentials?.[typeName]?.id ?? undefined), { ...updated });
		return updated;
	}

	async runPreAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.types.get(typeName);
		return type?.preAuthentication
			? ((await type.preAuthentication.call(helpers, credentials)) as ICredentialDataDecryptedObject)
			: undefined;
	}

	async getCredentials(nodeCredentials: INodeCredentialsDetails): Promise<Credentials> {
		return new Credentials({ id: nodeCredentials.id, name: nodeCredentials.name }, '', '');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const data = this.stored.get(this.keyFor(type, _nodeCredentials.id ?? undefined));
		if (!data) throw new Error(`test harness: no credential of type ${type}`);
		// a copy per use, as n8n decrypts a fresh object each time
		return { ...data };
	}

	async updateCredentials(details: INodeCredentialsDetails, type: string, data: ICredentialDataDecryptedObject): Promise<void> {
		this.stored.set(this.keyFor(type, details.id ?? undefined), { ...data });
	}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.types.get(type)?.properties ?? [];
	}
}
