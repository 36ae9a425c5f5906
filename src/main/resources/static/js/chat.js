/*
 * A group's chat: messages delivered live (live.js dispatches 'trygghetsnav:chat' with
 * {messageId, groupId, authorName, body, photoUrl, createdAt}) are appended at the bottom.
 * Without JavaScript the page still works: sending posts the form and the page reloads.
 */
(function () {
  'use strict';
  function pad(n) { return n < 10 ? '0' + n : String(n); }
  function localTime(iso) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) { return ''; }
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + ' ' + pad(d.getHours()) + ':' + pad(d.getMinutes());
  }
  document.addEventListener('DOMContentLoaded', function () {
    var list = document.getElementById('chat-messages');
    if (!list) { return; }
    var groupId = String(list.getAttribute('data-chat-group'));
    var last = list.lastElementChild;
    if (last && !window.location.hash) { last.scrollIntoView({ block: 'end' }); }
    document.addEventListener('trygghetsnav:chat', function (event) {
      var data = event.detail || {};
      if (String(data.groupId) !== groupId || document.getElementById('meddelande-' + data.messageId)) { return; }
      var item = document.createElement('li');
      item.id = 'meddelande-' + data.messageId;
      item.className = 'chat__message';
      var meta = document.createElement('p');
      meta.className = 'post-card__meta';
      var who = document.createElement('strong');
      who.textContent = data.authorName || '';
      var when = document.createElement('time');
      when.setAttribute('datetime', data.createdAt || '');
      when.textContent = localTime(data.createdAt);
      meta.appendChild(who);
      meta.appendChild(document.createTextNode(' '));
      meta.appendChild(when);
      item.appendChild(meta);
      if (data.body) {
        var body = document.createElement('p');
        body.textContent = data.body;
        item.appendChild(body);
      }
      if (data.photoUrl) {
        var holder = document.createElement('p');
        var img = document.createElement('img');
        img.className = 'chat__photo';
        img.src = data.photoUrl;
        img.alt = (document.documentElement.lang === 'en' ? 'Picture from ' : 'Bild från ') + (data.authorName || '');
        holder.appendChild(img);
        item.appendChild(holder);
      }
      list.appendChild(item);
      var empty = document.getElementById('chat-empty');
      if (empty) { empty.remove(); }
      item.scrollIntoView({ block: 'end', behavior: 'smooth' });
    });
  });
})();
