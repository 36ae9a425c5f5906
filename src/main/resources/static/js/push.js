/*
 * Push notifications on /samverkan/push (progressive enhancement: without JavaScript the page
 * explains that notifications need it, and "Stäng av" still works as a plain form).
 *   [data-push]          data-application-server-key (VAPID, base64url), data-subscribe-url, data-text-*
 *   [data-push-enable]   the button; permission is asked only when it is pressed
 *   [data-push-off]      the "Stäng av" form; this browser's endpoint is filled in before it is sent
 *   [data-push-status]   an aria-live region for what happens
 */
(function () {
  'use strict';
  var box = document.querySelector('[data-push]');
  if (!box) { return; }
  var noScript = box.querySelector('[data-push-nojs]');
  if (noScript) { noScript.hidden = true; }
  var statusText = box.querySelector('[data-push-status]');
  var enable = box.querySelector('[data-push-enable]');
  var offForm = box.querySelector('[data-push-off]');

  function say(key) {
    statusText.textContent = box.getAttribute('data-text-' + key) || '';
  }

  if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) {
    say('unsupported');
    return;
  }

  function keyBytes(base64url) {
    var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    while (base64.length % 4) { base64 += '='; }
    var raw = window.atob(base64);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) { bytes[i] = raw.charCodeAt(i); }
    return bytes;
  }

  function csrfToken() {
    var input = document.querySelector('input[name="_csrf"]');
    return input ? input.value : '';
  }

  var registration = navigator.serviceWorker.register('/sw.js');

  registration.then(function (reg) { return reg.pushManager.getSubscription(); }).then(function (subscription) {
    if (subscription && offForm) {
      offForm.querySelector('input[name="endpoint"]').value = subscription.endpoint;
    }
  }).catch(function () { /* the plain form still turns everything off */ });

  if (Notification.permission === 'denied') { say('denied'); }
  enable.hidden = false;

  enable.addEventListener('click', function () {
    enable.disabled = true;
    say('working');
    Notification.requestPermission().then(function (permission) {
      if (permission !== 'granted') {
        say('denied');
        enable.disabled = false;
        return null;
      }
      return registration.then(function (reg) {
        return reg.pushManager.getSubscription().then(function (existing) {
          return existing || reg.pushManager.subscribe({
            userVisibleOnly: true,
            applicationServerKey: keyBytes(box.getAttribute('data-application-server-key'))
          });
        });
      }).then(function (subscription) {
        return fetch(box.getAttribute('data-subscribe-url'), {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() },
          body: JSON.stringify(subscription)
        });
      }).then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        say('on');
        window.location.reload();
      });
    }).catch(function () {
      say('failed');
      enable.disabled = false;
    });
  });

  if (offForm) {
    offForm.addEventListener('submit', function (event) {
      event.preventDefault();
      registration.then(function (reg) { return reg.pushManager.getSubscription(); }).then(function (subscription) {
        if (subscription) {
          offForm.querySelector('input[name="endpoint"]').value = subscription.endpoint;
          return subscription.unsubscribe();
        }
        return null;
      }).catch(function () { return null; }).then(function () { offForm.submit(); });
    });
  }
}());
