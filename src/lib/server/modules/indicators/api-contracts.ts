import type { Endpoint } from '../../platform/http/api';

export const indicatorsEndpoints: readonly Endpoint[] = [];
