/** What `deck preview` does unless told otherwise; apart from preview.ts so that `deck --help` can say it without loading the preview. */
export const DEFAULT_WIDTH = 1920;
