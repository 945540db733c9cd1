import type { Endpoint } from '../../platform/http/api';
import { ganttEndpoints } from './gantt/gantt-api-contracts';

export const solutionEndpoints: readonly Endpoint[] = [...ganttEndpoints];
