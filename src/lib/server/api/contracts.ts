import type { Endpoint } from '../platform/http/api';
import { accountsEndpoints } from '../modules/accounts/api-contracts';
import { catalogueEndpoints } from '../modules/catalogue/api-contracts';
import { diagnoseEndpoints } from '../modules/diagnose/api-contracts';
import { diagnoseSharingEndpoints } from '../modules/diagnose/sharing-api-contracts';
import { roadmapEndpoints } from '../modules/roadmap/api-contracts';
import { solutionEndpoints } from '../modules/roadmap/solution-api-contracts';
import { risksEndpoints } from '../modules/risks/api-contracts';
import { indicatorsEndpoints } from '../modules/indicators/api-contracts';
import { accountabilityEndpoints } from '../modules/indicators/accountability/api-contracts';
import { ecosystemEndpoints } from '../modules/ecosystem/api-contracts';
import { guideEndpoints } from '../modules/guide/api-contracts';
import { territoriesEndpoints } from '../modules/territories/api-contracts';
import { worksheetsEndpoints } from '../modules/worksheets/api-contracts';
import { platformEndpoints } from './platform-contracts';

/** Every API endpoint, for the OpenAPI document and the "every route is documented" test. */
export const allEndpoints: readonly Endpoint[] = [
	...platformEndpoints,
	...accountsEndpoints,
	...territoriesEndpoints,
	...guideEndpoints,
	...worksheetsEndpoints,
	...catalogueEndpoints,
	...diagnoseEndpoints,
	...diagnoseSharingEndpoints,
	...roadmapEndpoints,
	...ecosystemEndpoints,
	...solutionEndpoints,
	...risksEndpoints,
	...indicatorsEndpoints,
	...accountabilityEndpoints
];
