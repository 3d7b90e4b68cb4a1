// The CJIB staff console: plain browser JavaScript, no build step. Talks to /console/api/* with the
// session cookie and the CSRF token; live updates arrive as server-sent events. Every text comes from
// locales/<lng>/console.json (served by /console/api/texts/<lng>). Helpers: consoleCore.js,
// consoleCase.js (queue and conversation), consoleLists.js (callbacks, supervisor).
'use strict';

(function () {
  const C = window.CjibConsole;
  const { state, $, t, showAlert, api } = C;
  const { renderQueue, renderDetail, appendTranscript, claimCase, act, loadCallbacks, loadStats } = C;

  async function loadTexts() {
    const { data } = await api('GET', `/console/api/texts/${state.lang}`);
    state.texts = data.texts || {};
    document.documentElement.lang = state.lang;
    document.title = t('console:ui.title');
    for (const node of document.querySelectorAll('[data-t]'))
      node.textContent = t(node.getAttribute('data-t'));
    $('message').placeholder = t('console:ui.case.messagePlaceholder');
    $('note').placeholder = t('console:ui.case.notePlaceholder');
    $('note').setAttribute('aria-label', t('console:ui.case.note'));
    $('message').setAttribute('aria-label', t('console:ui.case.messagePlaceholder'));
    if (state.user)
      $('signedIn').textContent = t('console:ui.nav.signedInAs', { name: state.user.displayName });
    renderQueue();
    renderDetail();
    if (state.user && state.view !== 'queue') show(state.view);
  }

  function show(view) {
    state.view = view;
    for (const name of ['queue', 'callbacks', 'supervisor']) {
      $(`${name}View`).hidden = name !== view;
      const button = document.querySelector(`[data-view="${name}"]`);
      if (button) button.setAttribute('aria-current', name === view ? 'page' : 'false');
    }
    if (view === 'callbacks') void loadCallbacks();
    if (view === 'supervisor') void loadStats();
  }

  function signedIn(user, csrf) {
    state.user = user;
    state.csrf = csrf;
    $('loginView').hidden = true;
    $('nav').hidden = false;
    $('logout').hidden = false;
    $('supervisorNav').hidden = user.role !== 'supervisor';
    $('signedIn').textContent = t('console:ui.nav.signedInAs', { name: user.displayName });
    show('queue');
    connectEvents();
  }

  function signedOut() {
    state.user = null;
    if (state.events) state.events.close();
    state.events = null;
    for (const name of ['queue', 'callbacks', 'supervisor']) $(`${name}View`).hidden = true;
    $('nav').hidden = true;
    $('logout').hidden = true;
    $('signedIn').textContent = '';
    $('loginView').hidden = false;
  }

  // ---- live updates ----
  function connectEvents() {
    if (state.events) state.events.close();
    const query = state.selectedId
      ? `?case=${encodeURIComponent(state.selectedId)}&after=${state.after}`
      : '';
    const events = new EventSource(`/console/api/events${query}`);
    state.events = events;
    events.addEventListener('queue', (e) => {
      const data = JSON.parse(e.data);
      state.serverOffsetMs = new Date(data.at).getTime() - Date.now();
      state.rows = data.cases;
      renderQueue();
      if (state.view === 'supervisor') void loadStats();
    });
    events.addEventListener('case', (e) => {
      const data = JSON.parse(e.data);
      if (data.id !== state.selectedId) return;
      state.selected = Object.assign(state.selected || {}, data);
      renderDetail();
    });
    events.addEventListener('transcript', (e) => appendTranscript(JSON.parse(e.data).entries));
    events.addEventListener('callbacks', (e) => {
      const data = JSON.parse(e.data);
      $('callbackCount').textContent = data.count ? String(data.count) : '';
      if (state.view === 'callbacks') void loadCallbacks();
    });
    events.addEventListener('stats', () => {
      if (state.view === 'supervisor') void loadStats();
    });
  }

  C.connectEvents = connectEvents;
  state.onSignedOut = () => signedOut();

  // ---- wiring ----
  document.addEventListener('DOMContentLoaded', async () => {
    $('loginForm').addEventListener('submit', async (e) => {
      e.preventDefault();
      const { status, data } = await api('POST', '/console/api/login', {
        username: $('username').value,
        password: $('password').value,
      });
      if (status === 429) return showAlert('console:ui.login.throttled');
      if (status !== 200) return showAlert('console:ui.login.failed');
      showAlert('');
      $('password').value = '';
      signedIn(data.user, data.csrfToken);
    });
    $('logout').addEventListener('click', async () => {
      await api('POST', '/console/api/logout');
      signedOut();
    });
    $('langSwitch').addEventListener('click', async () => {
      state.lang = state.lang === 'nl' ? 'en' : 'nl';
      localStorage.setItem('console.lang', state.lang);
      await loadTexts();
    });
    for (const button of document.querySelectorAll('[data-view]'))
      button.addEventListener('click', () => show(button.dataset.view));
    $('claimButton').addEventListener('click', () => state.selectedId && claimCase(state.selectedId));
    $('chatForm').addEventListener('submit', async (e) => {
      e.preventDefault();
      const text = $('message').value.trim();
      if (!text || !state.selectedId) return;
      if ((await act(`/console/api/cases/${state.selectedId}/messages`, { text })) < 300)
        $('message').value = '';
    });
    $('message').addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey) {
        e.preventDefault();
        $('chatForm').requestSubmit();
      }
    });
    $('handBackButton').addEventListener('click', async () => {
      if (!state.selectedId) return;
      await act(`/console/api/cases/${state.selectedId}/handback`, { note: $('note').value });
      $('note').value = '';
    });
    $('closeButton').addEventListener('click', async () => {
      if (state.selectedId) await act(`/console/api/cases/${state.selectedId}/close`);
    });

    await loadTexts();
    const { status, data } = await api('GET', '/console/api/me');
    if (status === 200) signedIn(data.user, data.csrfToken);
    else {
      showAlert('');
      signedOut();
    }
  });
})();
