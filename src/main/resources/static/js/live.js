/*
 * Live alerts and chat for the community pages (progressive enhancement; the notification list
 * works without it).
 *   #live-alerts[data-live-stream]  opens EventSource('/samverkan/live'): an "alert" event shows a calm
 *                                   banner with priority, text and a link (a short tone for YELLOW/RED);
 *                                   a "chat" event is re-dispatched as the DOM event 'trygghetsnav:chat'.
 *   [data-zone-map]                 bevakning page: existing zones as circles; a tap fills the zone's
 *                                   latitude/longitude and shows the chosen radius as a circle.
 *   [data-locate-position]          fills the position form from the browser's geolocation.
 */
(function () {
  'use strict';

  var TEXTS = {
    sv: { RED: 'Brådskande', YELLOW: 'Varning', GREEN: 'Information', open: 'Visa inlägget', close: 'Stäng', from: 'Från' },
    en: { RED: 'Urgent', YELLOW: 'Warning', GREEN: 'Information', open: 'Show the post', close: 'Close', from: 'From' }
  };
  var lang = (document.documentElement.getAttribute('lang') || 'sv').substring(0, 2);
  var text = TEXTS[lang] || TEXTS.sv;

  // ---- live stream -------------------------------------------------------------------------

  var audio = null;

  /** A short, soft two-note chime: noticeable without being alarming. */
  function chime(priority) {
    var Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) { return; }
    try {
      audio = audio || new Context();
      if (audio.state === 'suspended') { audio.resume(); }
      var notes = priority === 'RED' ? [660, 880] : [660];
      notes.forEach(function (frequency, i) {
        var start = audio.currentTime + i * 0.22;
        var oscillator = audio.createOscillator();
        var gain = audio.createGain();
        oscillator.type = 'sine';
        oscillator.frequency.value = frequency;
        gain.gain.setValueAtTime(0.0001, start);
        gain.gain.exponentialRampToValueAtTime(0.15, start + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.2);
        oscillator.connect(gain).connect(audio.destination);
        oscillator.start(start);
        oscillator.stop(start + 0.22);
      });
    } catch (e) {
      // sound is a courtesy; the banner is the alert
    }
  }

  // browsers allow sound only after the person has interacted with the page
  document.addEventListener('click', function unlock() {
    var Context = window.AudioContext || window.webkitAudioContext;
    if (Context && !audio) {
      try { audio = new Context(); } catch (e) { audio = null; }
    }
    document.removeEventListener('click', unlock);
  });

  function element(tag, className, content) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (content) { node.textContent = content; }
    return node;
  }

  function showAlert(container, data) {
    var priority = String(data.priority || 'YELLOW');
    var banner = element('div', 'live-alert live-alert--' + priority.toLowerCase());
    banner.setAttribute('data-alert-id', data.alertId);
    var heading = element('p', 'live-alert__priority', text[priority] || data.priorityText || priority);
    var body = element('p', 'live-alert__body', data.body || '');
    var meta = element('p', 'live-alert__meta');
    if (data.authorName) { meta.appendChild(document.createTextNode(text.from + ' ' + data.authorName + ' · ')); }
    var link = element('a', null, text.open);
    // through the notification list, which marks the alert read and opens the post
    link.href = data.alertId ? '/samverkan/aviseringar/' + data.alertId : (data.url || '/samverkan/inlagg/' + data.postId);
    meta.appendChild(link);
    var close = element('button', 'live-alert__close button button--secondary button--small', text.close);
    close.type = 'button';
    close.addEventListener('click', function () { banner.remove(); });
    banner.appendChild(heading);
    banner.appendChild(body);
    banner.appendChild(meta);
    banner.appendChild(close);
    container.insertBefore(banner, container.firstChild);
    while (container.children.length > 5) { container.removeChild(container.lastChild); }
    if (priority === 'RED' || priority === 'YELLOW') { chime(priority); }
    countUnread();
  }

  /** The notification list's "N olästa" goes up by one. */
  function countUnread() {
    var counter = document.querySelector('[data-unread-count]');
    if (!counter) { return; }
    var match = /\d+/.exec(counter.textContent);
    if (match) { counter.textContent = counter.textContent.replace(match[0], String(parseInt(match[0], 10) + 1)); }
  }

  function parse(event) {
    try { return JSON.parse(event.data); } catch (e) { return null; }
  }

  function connect(container) {
    var delay = 2000;
    var source = null;
    function open() {
      source = new EventSource('/samverkan/live');
      source.addEventListener('open', function () { delay = 2000; container.setAttribute('data-live-connected', 'true'); });
      source.addEventListener('alert', function (event) {
        var data = parse(event);
        if (data) { showAlert(container, data); }
      });
      source.addEventListener('chat', function (event) {
        var data = parse(event);
        if (data) { document.dispatchEvent(new CustomEvent('trygghetsnav:chat', { detail: data })); }
      });
      source.addEventListener('error', function () {
        container.removeAttribute('data-live-connected');
        // EventSource retries by itself; once it gives up (CLOSED) we start again, waiting longer each time
        if (source.readyState === EventSource.CLOSED) {
          setTimeout(open, delay);
          delay = Math.min(delay * 2, 60000);
        }
      });
    }
    open();
    window.addEventListener('pagehide', function () { if (source) { source.close(); } });
  }

  // ---- bevakning page ----------------------------------------------------------------------

  function zoneMap(mapElement) {
    if (!window.L) { return; }
    var script = document.getElementById('map-script');
    var tileUrl = script ? script.getAttribute('data-tile-url') : null;
    var attribution = script ? script.getAttribute('data-attribution') : '';
    var lat = document.getElementById(mapElement.getAttribute('data-latitude-field'));
    var lon = document.getElementById(mapElement.getAttribute('data-longitude-field'));
    var radius = document.getElementById(mapElement.getAttribute('data-radius-field'));
    mapElement.hidden = false;
    var map = L.map(mapElement, { scrollWheelZoom: false }).setView([57.485, 13.351], 12);
    if (tileUrl) { L.tileLayer(tileUrl, { maxZoom: 19, attribution: attribution }).addTo(map); }
    var zones = [];
    try { zones = JSON.parse(mapElement.getAttribute('data-zones') || '[]'); } catch (e) { zones = []; }
    var layers = zones.map(function (z) {
      return L.circle([z.latitude, z.longitude], { radius: z.radius, color: '#1d4e89', weight: 2, fillOpacity: 0.08 })
        .bindTooltip(z.name).addTo(map);
    });
    if (layers.length > 0) { map.fitBounds(L.featureGroup(layers).getBounds(), { padding: [20, 20] }); }
    var chosen = null;
    function draw(pan) {
      var la = parseFloat(String(lat.value).replace(',', '.'));
      var lo = parseFloat(String(lon.value).replace(',', '.'));
      if (isNaN(la) || isNaN(lo)) { return; }
      var r = parseInt(radius.value, 10) || 500;
      if (chosen) {
        chosen.setLatLng([la, lo]).setRadius(r);
      } else {
        chosen = L.circle([la, lo], { radius: r, color: '#b00020', weight: 2, fillOpacity: 0.1 }).addTo(map);
      }
      if (pan) { map.fitBounds(chosen.getBounds(), { padding: [20, 20] }); }
    }
    map.on('click', function (event) {
      lat.value = event.latlng.lat.toFixed(6);
      lon.value = event.latlng.lng.toFixed(6);
      draw(false);
    });
    radius.addEventListener('change', function () { draw(true); });
    lat.addEventListener('change', function () { draw(true); });
    lon.addEventListener('change', function () { draw(true); });
    draw(true);
  }

  function locatePosition(button) {
    if (!navigator.geolocation) { return; }
    var actions = button.closest('[data-position-actions]');
    if (actions) { actions.hidden = false; }
    button.addEventListener('click', function () {
      navigator.geolocation.getCurrentPosition(function (position) {
        document.getElementById('position-latitude').value = position.coords.latitude.toFixed(6);
        document.getElementById('position-longitude').value = position.coords.longitude.toFixed(6);
      });
    });
  }

  var started = false;

  function start() {
    if (started) { return; }
    started = true;
    var container = document.querySelector('#live-alerts[data-live-stream]');
    if (container && window.EventSource) { connect(container); }
    document.querySelectorAll('[data-zone-map]').forEach(zoneMap);
    document.querySelectorAll('[data-locate-position]').forEach(locatePosition);
  }

  // DOMContentLoaded comes after every deferred script, so Leaflet (loaded later in the page) is there by then
  if (document.readyState === 'complete') {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
}());
