import type { Endpoint } from '../../platform/http/api';

/** The accounts module's API endpoints (contracts only; handlers live under src/routes/api/v1). */
export const accountsEndpoints: Endpoint[] = [];
