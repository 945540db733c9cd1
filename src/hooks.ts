import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

/** `/fr/territories` is served by the same route as `/territories`. */
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
