/** The home page's URL contract: no parameters of its own. */
import { NO_PARAMS, type ViewUrl } from '../contract';

export const homeUrl: ViewUrl<object, 'home'> = {
	id: 'home',
	path: '/',
	title: 'Home',
	label: 'Home',
	params: NO_PARAMS
};
