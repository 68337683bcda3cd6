// pa11y brings puppeteer, which would download a Chrome of its own on install; the tests drive
// Debian's Chromium instead (scripts/chromium.mjs), so the download is skipped.
module.exports = { skipDownload: true };
