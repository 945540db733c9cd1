import type { Endpoint } from '../../platform/http/api';

export const solutionEndpoints: readonly Endpoint[] = [];
