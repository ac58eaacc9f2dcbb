// Every page is prerendered into static files; folders with index.html work on any static host.
export const prerender = true;
export const trailingSlash = 'always';
