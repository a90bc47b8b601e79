// What a report page does in a browser, for the Chromium (Playwright) and Firefox (Puppeteer)
// tests alike: console errors, uncaught exceptions, dialogs (dismissed, and counted as errors)
// and every request it makes. Both libraries name these events and their methods the same.
export function watchPage(page: { on: (event: any, listener: any) => unknown }): { errors: string[]; requests: string[] } {
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (m: { type(): string; text(): string }) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e: unknown) => errors.push(String(e)));
  page.on("dialog", (d: { message(): string; dismiss(): Promise<void> }) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on("request", (r: { url(): string }) => requests.push(r.url()));
  return { errors, requests };
}
