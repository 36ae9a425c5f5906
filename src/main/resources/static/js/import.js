/*
 * Progress of a report import (progressive enhancement). Without JavaScript the page reloads
 * itself every other second; with it the progress is polled once a second and shown in place.
 *   [data-import-progress]  data-progress-url (JSON: total, done, failed, finished, text), data-finished
 *   [data-progress-text]    the text, an aria-live region
 *   [data-progress-done]    shown when the import has finished
 *   [data-progress-running] hidden when the import has finished
 */
(function () {
  'use strict';
  var box = document.querySelector('[data-import-progress]');
  if (!box || box.getAttribute('data-finished') === 'true') { return; }
  var url = box.getAttribute('data-progress-url');
  var bar = box.querySelector('progress');
  var text = box.querySelector('[data-progress-text]');
  var failures = 0;

  function show(progress) {
    bar.max = Math.max(progress.total, 1);
    bar.value = progress.done + progress.failed;
    bar.textContent = progress.text;
    if (text.textContent !== progress.text) { text.textContent = progress.text; }
    if (progress.finished) {
      var done = document.querySelector('[data-progress-done]');
      var running = document.querySelector('[data-progress-running]');
      if (done) { done.hidden = false; }
      if (running) { running.hidden = true; }
    }
  }

  function poll() {
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' }, cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.json();
      })
      .then(function (progress) {
        failures = 0;
        show(progress);
        if (!progress.finished) { window.setTimeout(poll, 1000); }
      })
      .catch(function () {
        failures += 1;
        // a job that is gone (404) or a server that is away: fall back to reloading the page
        if (failures >= 5) { window.location.reload(); } else { window.setTimeout(poll, 2000); }
      });
  }

  window.setTimeout(poll, 1000);
}());
