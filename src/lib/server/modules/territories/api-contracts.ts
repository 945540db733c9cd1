import type { Endpoint } from '../../platform/http/api';

/** The territories module's API endpoints (contracts only; handlers live under src/routes/api/v1). */
export const territoriesEndpoints: Endpoint[] = [];
