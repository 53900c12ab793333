/** deck serve's port unless told otherwise; apart from serve.ts so that `deck --help` can say it without loading the server. */
export const DEFAULT_PORT = 4173;
