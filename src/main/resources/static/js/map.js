/*
 * Progressive enhancement for maps (Leaflet). Pages work without it: every map has the same
 * information in a table or in form fields beside it.
 *   data-map="pick"    report form: tap the map or use "my position" to fill latitude/longitude
 *   data-map="reports" reports (data-points, GeoJSON) and areas (data-areas, GeoJSON)
 *   data-map="draw"    areas page: tap to add corners; the polygon is written as GeoJSON into #geometry
 *   data-map="hotspots" hexagons (data-hexagons) coloured by Gi* bin or count; a tap lists the hexagon's reports
 *   data-map="route"   a walk's route: tap to add points, written as a GeoJSON LineString into #(data-output);
 *                      with data-readonly it only shows the LineString in data-route
 *   data-map="coverage" localities (data-localities, GeoJSON points) marked walked or not walked in the term
 *   data-map="community" community posts (data-points, GeoJSON) as markers coloured by priority
 */
(function () {
  'use strict';
  var script = document.getElementById('map-script');
  var tileUrl = script ? script.getAttribute('data-tile-url') : null;
  var attribution = script ? script.getAttribute('data-attribution') : '';
  var SWEDEN_CENTRE = [57.485, 13.351];

  function baseMap(element) {
    element.hidden = false;
    var fallback = element.querySelector('.map__fallback');
    if (fallback) { fallback.remove(); }
    var map = L.map(element, { scrollWheelZoom: false }).setView(SWEDEN_CENTRE, 12);
    if (tileUrl) {
      // without a reachable tile server the map still shows areas and points on an empty background
      L.tileLayer(tileUrl, { maxZoom: 19, attribution: attribution }).addTo(map);
    }
    return map;
  }

  function loadJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .catch(function () { return null; });
  }

  function showAreas(map, url) {
    if (!url) { return Promise.resolve(null); }
    return loadJson(url).then(function (geojson) {
      if (!geojson || !geojson.features || geojson.features.length === 0) { return null; }
      var layer = L.geoJSON(geojson, {
        style: { color: '#1d4e89', weight: 2, fillOpacity: 0.08 },
        onEachFeature: function (feature, l) { l.bindTooltip(feature.properties.name); }
      }).addTo(map);
      map.fitBounds(layer.getBounds(), { padding: [20, 20] });
      return layer;
    });
  }

  function pickMap(element) {
    var map = baseMap(element);
    var lat = document.getElementById('latitude');
    var lon = document.getElementById('longitude');
    var marker = null;
    function place(latlng, pan) {
      if (marker) { marker.setLatLng(latlng); } else { marker = L.marker(latlng).addTo(map); }
      lat.value = latlng.lat.toFixed(6);
      lon.value = latlng.lng.toFixed(6);
      if (pan) { map.setView(latlng, 16); }
    }
    // a walk's observation: its route as a guide (data-route, GeoJSON LineString), framed until a place is picked
    var route = element.getAttribute('data-route') ? lineStringPoints(element.getAttribute('data-route')) : [];
    if (route.length > 1) {
      L.polyline(route, { color: '#1d4e89', weight: 4, opacity: 0.6, interactive: false }).addTo(map);
      map.fitBounds(L.latLngBounds(route), { padding: [20, 20] });
    }
    showAreas(map, element.getAttribute('data-areas')).then(function () {
      if (lat.value && lon.value) { place(L.latLng(parseFloat(lat.value), parseFloat(lon.value)), true); }
    });
    map.on('click', function (event) { place(event.latlng, false); });
    var actions = document.querySelector('.map-actions');
    var locate = document.querySelector('[data-locate]');
    if (actions && locate && navigator.geolocation) {
      actions.hidden = false;
      locate.addEventListener('click', function () {
        navigator.geolocation.getCurrentPosition(function (position) {
          place(L.latLng(position.coords.latitude, position.coords.longitude), true);
        });
      });
    }
  }

  function reportsMap(element) {
    var map = baseMap(element);
    showAreas(map, element.getAttribute('data-areas')).then(function (areas) {
      loadJson(element.getAttribute('data-points')).then(function (geojson) {
        if (!geojson) { return; }
        var points = L.geoJSON(geojson, {
          pointToLayer: function (feature, latlng) {
            return L.circleMarker(latlng, { radius: 6, color: '#b00020', weight: 1, fillOpacity: 0.7 });
          },
          onEachFeature: function (feature, layer) {
            var p = feature.properties;
            layer.bindPopup('<a href="/lagesbild/rapporter/' + p.id + '">' + escapeHtml(p.category) + '</a><br>' +
              escapeHtml(p.occurredFrom.substring(0, 16).replace('T', ' ')));
          }
        }).addTo(map);
        if (!areas && points.getLayers().length > 0) { map.fitBounds(points.getBounds(), { padding: [20, 20] }); }
      });
    });
  }

  function drawMap(element) {
    var map = baseMap(element);
    var output = document.getElementById('geometry');
    var corners = [];
    var shape = null;
    showAreas(map, element.getAttribute('data-areas'));
    function redraw() {
      if (shape) { map.removeLayer(shape); }
      shape = corners.length > 1 ? L.polygon(corners, { color: '#b00020' }).addTo(map) : null;
      if (corners.length >= 3) {
        var ring = corners.map(function (c) { return [Number(c.lng.toFixed(6)), Number(c.lat.toFixed(6))]; });
        ring.push(ring[0]);
        output.value = JSON.stringify({ type: 'Polygon', coordinates: [ring] });
      }
    }
    map.on('click', function (event) { corners.push(event.latlng); redraw(); });
    var undo = document.querySelector('[data-undo]');
    if (undo) {
      undo.hidden = false;
      undo.addEventListener('click', function () { corners.pop(); if (corners.length < 3) { output.value = ''; } redraw(); });
    }
  }

  var BIN_COLOURS = { '3': '#b2182b', '2': '#ef8a62', '1': '#fddbc7', '0': '#f7f7f7', '-1': '#d1e5f0', '-2': '#67a9cf', '-3': '#2166ac' };
  var COUNT_COLOURS = ['#fee5d9', '#fcae91', '#fb6a4a', '#cb181d'];

  function inside(latlng, ring) {
    // ray casting over a GeoJSON ring of [lng, lat]
    var x = latlng.lng, y = latlng.lat, hit = false;
    for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      var xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
      if (((yi > y) !== (yj > y)) && (x < (xj - xi) * (y - yi) / (yj - yi) + xi)) { hit = !hit; }
    }
    return hit;
  }

  /** Reports as markers, grouped per 48-pixel square at the current zoom (a small, dependency-free cluster). */
  function clusteredPoints(map, geojson) {
    var layer = L.layerGroup().addTo(map);
    function redraw() {
      layer.clearLayers();
      var groups = {};
      geojson.features.forEach(function (f) {
        var latlng = L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]);
        var p = map.latLngToLayerPoint(latlng);
        var key = Math.floor(p.x / 48) + ':' + Math.floor(p.y / 48);
        (groups[key] = groups[key] || []).push({ latlng: latlng, feature: f });
      });
      Object.keys(groups).forEach(function (key) {
        var members = groups[key];
        if (members.length === 1) {
          var p = members[0].feature.properties;
          L.circleMarker(members[0].latlng, { radius: 5, color: '#222', weight: 1, fillColor: '#ffd23f', fillOpacity: 0.9 })
            .bindPopup('<a href="/lagesbild/rapporter/' + p.id + '">' + escapeHtml(p.category) + '</a><br>' +
              escapeHtml(p.occurredFrom.substring(0, 16).replace('T', ' ')))
            .addTo(layer);
          return;
        }
        var lat = 0, lng = 0;
        members.forEach(function (m) { lat += m.latlng.lat; lng += m.latlng.lng; });
        var centre = L.latLng(lat / members.length, lng / members.length);
        L.marker(centre, {
          keyboard: false,
          icon: L.divIcon({ className: 'cluster', html: '<span>' + members.length + '</span>', iconSize: [30, 30] })
        }).on('click', function () { map.setView(centre, Math.min(map.getZoom() + 2, 19)); }).addTo(layer);
      });
    }
    map.on('zoomend', redraw);
    redraw();
    return layer;
  }

  function measuresLayer(map, url) {
    if (!url) { return; }
    loadJson(url).then(function (geojson) {
      if (!geojson) { return; }
      L.geoJSON(geojson, {
        pointToLayer: function (f, latlng) {
          return L.marker(latlng, { keyboard: false, icon: L.divIcon({ className: 'measure-marker', html: '<span>Å</span>', iconSize: [26, 26] }) });
        },
        onEachFeature: function (f, l) {
          l.bindPopup('<a href="/lagesbild/atgarder/' + f.properties.id + '">' + escapeHtml(f.properties.title) + '</a><br>' +
            escapeHtml(f.properties.status));
        }
      }).addTo(map);
    });
  }

  function hotspotMap(element) {
    var map = baseMap(element);
    var byCount = element.getAttribute('data-colour') === 'count';
    showAreas(map, element.getAttribute('data-areas')).then(function () {
      Promise.all([loadJson(element.getAttribute('data-hexagons')), loadJson(element.getAttribute('data-points'))]).then(function (data) {
        var hexagons = data[0], points = data[1];
        if (!hexagons) { return; }
        var max = 1;
        hexagons.features.forEach(function (f) { max = Math.max(max, f.properties.count); });
        var layer = L.geoJSON(hexagons, {
          style: function (f) {
            var colour = byCount
              ? COUNT_COLOURS[Math.min(3, Math.max(0, Math.ceil(4 * f.properties.count / max) - 1))]
              : BIN_COLOURS[String(f.properties.bin)];
            return { color: '#555', weight: 0.5, fillColor: colour, fillOpacity: byCount && f.properties.count === 0 ? 0 : 0.7 };
          },
          onEachFeature: function (f, l) {
            l.on('click', function (event) {
              var ring = f.geometry.coordinates[0];
              var lines = (points ? points.features : []).filter(function (p) {
                return inside(L.latLng(p.geometry.coordinates[1], p.geometry.coordinates[0]), ring);
              }).slice(0, 30).map(function (p) {
                return '<li><a href="/lagesbild/rapporter/' + p.properties.id + '">' + escapeHtml(p.properties.category) +
                  '</a> ' + escapeHtml(p.properties.occurredFrom.substring(0, 16).replace('T', ' ')) + '</li>';
              });
              L.popup().setLatLng(event.latlng).setContent('<strong>' + f.properties.count + ' rapporter</strong> (z = ' +
                f.properties.z + ')<ul class="popup-list">' + lines.join('') + '</ul>').openOn(map);
            });
          }
        }).addTo(map);
        if (points) { clusteredPoints(map, points); }
        measuresLayer(map, element.getAttribute('data-measures'));
        // frame the hot spots when there are any, else every hexagon with reports
        var hot = hexagons.features.filter(function (f) { return f.properties.bin > 0; });
        var framed = hot.length > 0 ? hot : hexagons.features.filter(function (f) { return f.properties.count > 0; });
        if (framed.length > 0) { map.fitBounds(L.geoJSON({ type: 'FeatureCollection', features: framed }).getBounds(), { padding: [30, 30], maxZoom: 16 }); }
        return layer;
      });
    });
  }

  /** The positions of a GeoJSON LineString (or a Feature holding one) as Leaflet points; [] when unusable. */
  function lineStringPoints(text) {
    try {
      var geometry = JSON.parse(text);
      if (geometry && geometry.type === 'Feature') { geometry = geometry.geometry; }
      if (!geometry || geometry.type !== 'LineString' || !Array.isArray(geometry.coordinates)) { return []; }
      return geometry.coordinates.filter(function (c) {
        return Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number';
      }).map(function (c) { return L.latLng(c[1], c[0]); });
    } catch (e) {
      return [];
    }
  }

  function routeMap(element) {
    var map = baseMap(element);
    var readonly = element.hasAttribute('data-readonly');
    var output = readonly ? null : document.getElementById(element.getAttribute('data-output') || 'route');
    var points = lineStringPoints(readonly ? element.getAttribute('data-route') : (output ? output.value : ''));
    var line = null;
    var ends = L.layerGroup().addTo(map);
    function redraw(write) {
      if (line) { map.removeLayer(line); }
      ends.clearLayers();
      line = points.length > 1 ? L.polyline(points, { color: '#1d4e89', weight: 5, opacity: 0.85 }).addTo(map) : null;
      points.forEach(function (p, i) {
        if (i === 0 || i === points.length - 1) {
          L.circleMarker(p, { radius: 6, color: '#1d4e89', weight: 2, fillColor: i === 0 ? '#1e6b3a' : '#b00020', fillOpacity: 1 }).addTo(ends);
        }
      });
      if (write && output) {
        output.value = points.length > 1 ? JSON.stringify({ type: 'LineString', coordinates: points.map(function (p) {
          return [Number(p.lng.toFixed(6)), Number(p.lat.toFixed(6))];
        }) }) : '';
      }
    }
    function centreOnLocality() {
      var select = document.getElementById(element.getAttribute('data-locality-select') || '');
      var option = select && select.selectedIndex >= 0 ? select.options[select.selectedIndex] : null;
      if (option && option.getAttribute('data-lat')) {
        map.setView([parseFloat(option.getAttribute('data-lat')), parseFloat(option.getAttribute('data-lon'))], 15);
      }
    }
    redraw(false);
    if (points.length > 1) { map.fitBounds(L.latLngBounds(points), { padding: [20, 20] }); } else { centreOnLocality(); }
    if (readonly) { return; }
    map.on('click', function (event) { points.push(event.latlng); redraw(true); });
    var select = document.getElementById(element.getAttribute('data-locality-select') || '');
    if (select) { select.addEventListener('change', function () { if (points.length === 0) { centreOnLocality(); } }); }
    if (output) {
      output.addEventListener('change', function () {
        points = lineStringPoints(output.value);
        redraw(false);
        if (points.length > 1) { map.fitBounds(L.latLngBounds(points), { padding: [20, 20] }); }
      });
    }
    var undo = document.querySelector('[data-route-undo]');
    var clear = document.querySelector('[data-route-clear]');
    if (undo) { undo.hidden = false; undo.addEventListener('click', function () { points.pop(); redraw(true); }); }
    if (clear) { clear.hidden = false; clear.addEventListener('click', function () { points = []; redraw(true); }); }
  }

  function coverageMap(element) {
    var map = baseMap(element);
    var walked = element.getAttribute('data-label-walked') || '';
    var notWalked = element.getAttribute('data-label-not-walked') || '';
    var data;
    try { data = JSON.parse(element.getAttribute('data-localities')); } catch (e) { return; }
    if (!data || !data.features || data.features.length === 0) { return; }
    var layer = L.geoJSON(data, {
      pointToLayer: function (f, latlng) {
        return f.properties.walked
          ? L.circleMarker(latlng, { radius: 9, color: '#1e6b3a', weight: 2, fillColor: '#1e6b3a', fillOpacity: 0.9 })
          : L.circleMarker(latlng, { radius: 9, color: '#b00020', weight: 3, dashArray: '3 3', fillColor: '#fff', fillOpacity: 1 });
      },
      onEachFeature: function (f, l) {
        var p = f.properties;
        // the name always shown beside the point; walked or not is the marker's shape and the legend, and the popup
        l.bindTooltip(escapeHtml(p.name), { permanent: true, direction: 'right', offset: [10, 0] });
        l.bindPopup(escapeHtml(p.name) + ': ' + escapeHtml(p.walked ? walked + ' (' + p.walks + ')' : notWalked));
      }
    }).addTo(map);
    // room on the right for the names
    map.fitBounds(layer.getBounds(), { paddingTopLeft: [30, 30], paddingBottomRight: [100, 30], maxZoom: 12 });
  }

  var PRIORITY_COLOURS = { GREEN: '#1e7b34', YELLOW: '#d6a100', RED: '#c0122c' };

  function communityMap(element) {
    var map = baseMap(element);
    loadJson(element.getAttribute('data-points')).then(function (geojson) {
      if (!geojson || !geojson.features) { return; }
      var points = L.geoJSON(geojson, {
        pointToLayer: function (feature, latlng) {
          var colour = PRIORITY_COLOURS[feature.properties.priority] || '#555';
          return L.circleMarker(latlng, { radius: 8, color: '#222', weight: 1, fillColor: colour, fillOpacity: 0.9 });
        },
        onEachFeature: function (feature, layer) {
          var p = feature.properties;
          var text = '<strong>' + escapeHtml(p.time) + '</strong>' + (p.badge ? ' ' + escapeHtml(p.badge) : '') +
            '<br>' + escapeHtml(p.body);
          if (p.url) { text += '<br><a href="' + escapeHtml(p.url) + '">Öppna</a>'; }
          layer.bindPopup(text);
        }
      }).addTo(map);
      if (points.getLayers().length > 0) {
        map.fitBounds(points.getBounds(), { padding: [30, 30], maxZoom: 16 });
      }
    });
  }

  function escapeHtml(text) {
    return String(text == null ? '' : text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof L === 'undefined') { return; }
    document.querySelectorAll('[data-map]').forEach(function (element) {
      var kind = element.getAttribute('data-map');
      if (kind === 'pick') { pickMap(element); }
      if (kind === 'reports') { reportsMap(element); }
      if (kind === 'draw') { drawMap(element); }
      if (kind === 'hotspots') { hotspotMap(element); }
      if (kind === 'route') { routeMap(element); }
      if (kind === 'coverage') { coverageMap(element); }
      if (kind === 'community') { communityMap(element); }
    });
  });
})();
