// n8n's own lint rules for community nodes (the ones its verification scanner applies).
import { config } from '@n8n/node-cli/eslint';

export default config;
