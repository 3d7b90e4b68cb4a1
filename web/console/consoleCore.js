// Staff console, shared core: state, texts, DOM and API helpers (window.CjibConsole). Plain browser
// JavaScript, no build step; data is only ever set as textContent, never as HTML.
'use strict';

(function () {
  const state = {
    lang: localStorage.getItem('console.lang') === 'en' ? 'en' : 'nl',
    texts: {},
    user: null,
    csrf: '',
    view: 'queue',
    rows: [],
    serverOffsetMs: 0,
    selectedId: null,
    selected: null,
    canned: {},
    after: 0,
    events: null,
    /** Called when the server says the session is gone (set by console.js). */
    onSignedOut: () => undefined,
  };
  const $ = (id) => document.getElementById(id);

  /** 'console:ui.queue.claim' or 'queue.claim' → the text, with {{vars}} filled in. */
  function t(key, vars) {
    const path = key.replace(/^console:ui\./, '').split('.');
    let value = path.reduce((o, k) => (o && typeof o === 'object' ? o[k] : undefined), state.texts);
    if (typeof value !== 'string') value = key;
    return value.replace(/\{\{(\w+)\}\}/g, (_, name) =>
      vars && vars[name] !== undefined ? String(vars[name]) : '',
    );
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function showAlert(key) {
    const alert = $('alert');
    alert.textContent = key ? t(key) : '';
    alert.hidden = !key;
  }

  function duration(seconds) {
    const s = Math.max(0, Math.round(seconds));
    const m = Math.floor(s / 60);
    return m > 0 ? `${m}:${String(s % 60).padStart(2, '0')}` : `0:${String(s).padStart(2, '0')}`;
  }

  function waitedSeconds(row) {
    if (!row.queuedAt) return 0;
    return (Date.now() + state.serverOffsetMs - new Date(row.queuedAt).getTime()) / 1000;
  }

  async function api(method, path, body) {
    const headers = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET') headers['x-csrf-token'] = state.csrf;
    const response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
    if (response.status === 401 && path !== '/console/api/login') {
      showAlert('console:ui.errors.session');
      state.onSignedOut();
    }
    const data = await response.json().catch(() => ({}));
    return { status: response.status, data };
  }

  window.CjibConsole = { state, $, t, el, showAlert, duration, waitedSeconds, api };
})();
