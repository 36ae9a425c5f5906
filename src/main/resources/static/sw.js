/*
 * Trygghetsnav's service worker: shows Web Push notifications (JSON {title, body, url, tag}, encrypted by the
 * server with aes128gcm and decrypted by the browser) and opens the post when one is clicked.
 */
'use strict';

var FALLBACK_URL = '/samverkan/aviseringar';

self.addEventListener('push', function (event) {
  var data = {};
  if (event.data) {
    try {
      data = event.data.json();
    } catch (e) {
      data = { body: event.data.text() };
    }
  }
  var options = {
    body: data.body || '',
    icon: '/favicon.svg',
    lang: 'sv',
    data: { url: data.url || FALLBACK_URL }
  };
  if (data.tag) {
    options.tag = data.tag;
    options.renotify = true;
  }
  event.waitUntil(self.registration.showNotification(data.title || 'Trygghetsnav', options));
});

self.addEventListener('notificationclick', function (event) {
  event.notification.close();
  var target = new URL((event.notification.data && event.notification.data.url) || FALLBACK_URL, self.location.origin);
  if (target.origin !== self.location.origin) {
    target = new URL(FALLBACK_URL, self.location.origin);
  }
  event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(function (windows) {
    for (var i = 0; i < windows.length; i++) {
      if (windows[i].url === target.href && 'focus' in windows[i]) {
        return windows[i].focus();
      }
    }
    return self.clients.openWindow(target.href);
  }));
});
