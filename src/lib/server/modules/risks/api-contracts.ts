import type { Endpoint } from '../../platform/http/api';

export const risksEndpoints: readonly Endpoint[] = [];
