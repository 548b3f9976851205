(function () {
  'use strict';
  var form = document.getElementById('finding-filters');
  if (!form) {
    return;
  }
  var text = document.getElementById('finding-filter-text');
  var pattern = document.getElementById('finding-filter-pattern');
  var type = document.getElementById('finding-filter-type');
  var status = document.getElementById('finding-filter-count');
  var findings = Array.prototype.slice.call(document.querySelectorAll('li.finding'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.pattern'));

  function apply() {
    var words = text.value.toLowerCase().split(/\s+/).filter(function (word) { return word.length > 0; });
    var shown = 0;
    findings.forEach(function (finding) {
      var content = finding.textContent.toLowerCase();
      var types = (finding.getAttribute('data-types') || '').split(' ');
      var visible = (!pattern.value || finding.getAttribute('data-pattern') === pattern.value)
        && (!type.value || types.indexOf(type.value) >= 0)
        && words.every(function (word) { return content.indexOf(word) >= 0; });
      finding.hidden = !visible;
      if (visible) {
        shown += 1;
      }
    });
    sections.forEach(function (section) {
      section.hidden = section.querySelector('li.finding:not([hidden])') === null;
    });
    status.textContent = shown + ' of ' + findings.length + ' findings shown';
  }

  text.addEventListener('input', apply);
  pattern.addEventListener('change', apply);
  type.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.hidden = false;
  apply();
}());
