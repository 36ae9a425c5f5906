/* The post form: a live character counter for the text (the limit is also checked on the server). */
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('textarea[data-counter]').forEach(function (area) {
      var counter = document.getElementById(area.getAttribute('data-counter'));
      var max = parseInt(area.getAttribute('maxlength'), 10);
      if (!counter || !max) { return; }
      var template = document.documentElement.lang === 'en' ? ' of ' + max + ' characters' : ' av ' + max + ' tecken';
      function update() { counter.textContent = Array.from(area.value).length + template; }
      area.addEventListener('input', update);
      update();
    });
  });
})();
