import type { INodeProperties } from 'n8n-workflow';

import { holidayLocator } from './shared';

export const holidayGetDescription: INodeProperties[] = [holidayLocator(['get'])];
