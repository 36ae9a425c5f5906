/* A "copy" button for invitation texts; without JavaScript the text is selected and copied by hand. */
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-copy]').forEach(function (button) {
      var text = document.getElementById(button.getAttribute('data-copy'));
      if (!text || !navigator.clipboard) { return; }
      button.hidden = false;
      button.addEventListener('click', function () {
        text.select();
        navigator.clipboard.writeText(text.value).then(function () {
          var status = button.closest('form').querySelector('[data-copied]');
          if (status) { status.hidden = false; }
        });
      });
    });
  });
})();
