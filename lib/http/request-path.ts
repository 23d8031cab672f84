/**
 * The proxy copies the address a page was requested at into this request
 * header (overwriting any sent by the client), so server components can link
 * to the same page in the other language without client code.
 */
export const requestPathHeader = "x-amparo-request-path";
