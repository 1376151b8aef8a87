// mbc-decision-aid.loader.js: for sites whose CMS cannot write <script type="module">. A classic
// script that adds the module script beside it — <script src=".../cdn/mbc-decision-aid.loader.js">
// works like <script type="module" src=".../cdn/mbc-decision-aid.js">. Under Trusted Types the page
// must allow the policy name "mbc-decision-aid" (it only ever passes this one URL).
(function () {
  var me = document.currentScript;
  if (!me || customElements.get('mbc-decision-aid')) return;
  var url = new URL('mbc-decision-aid.js', me.src).href;
  var src = url;
  var tt = window.trustedTypes;
  if (tt) {
    src = tt.createPolicy('mbc-decision-aid', {
      createScriptURL: function (u) {
        if (u !== url) throw new TypeError('mbc-decision-aid: unexpected script URL');
        return u;
      },
    }).createScriptURL(url);
  }
  var script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  if (me.nonce) script.nonce = me.nonce;
  if (me.crossOrigin !== null) script.crossOrigin = me.crossOrigin;
  document.head.appendChild(script);
})();
