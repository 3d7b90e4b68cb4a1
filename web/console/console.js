// The CJIB staff console: plain browser JavaScript, no build step. Talks to /console/api/* with the
// session cookie and the CSRF token; live updates arrive as server-sent events. Every text comes from
// locales/<lng>/console.json (served by /console/api/texts/<lng>); data is only ever set as textContent.
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
    after: 0,
    events: null,
  };
  const $ = (id) => document.getElementById(id);

  /** 'console:ui.queue.claim' or 'queue.claim' → the text, with {{vars}} filled in. */
  function t(key, vars) {
    const path = key.replace(/^console:ui\./, '').split('.');
    let value = path.reduce((o, k) => (o && typeof o === 'object' ? o[k] : undefined), state.texts);
    if (typeof value !== 'string') value = key;
    return value.replace(/\{\{(\w+)\}\}/g, (_, name) => (vars && vars[name] !== undefined ? String(vars[name]) : ''));
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
    const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
    if (response.status === 401 && path !== '/console/api/login') {
      showAlert('console:ui.errors.session');
      signedOut();
    }
    const data = await response.json().catch(() => ({}));
    return { status: response.status, data };
  }

  async function loadTexts() {
    const { data } = await api('GET', `/console/api/texts/${state.lang}`);
    state.texts = data.texts || {};
    document.documentElement.lang = state.lang;
    document.title = t('console:ui.title');
    for (const node of document.querySelectorAll('[data-t]')) node.textContent = t(node.getAttribute('data-t'));
    $('message').placeholder = t('console:ui.case.messagePlaceholder');
    $('note').placeholder = t('console:ui.case.notePlaceholder');
    $('note').setAttribute('aria-label', t('console:ui.case.note'));
    $('message').setAttribute('aria-label', t('console:ui.case.messagePlaceholder'));
    if (state.user) $('signedIn').textContent = t('console:ui.nav.signedInAs', { name: state.user.displayName });
    renderQueue();
    renderDetail();
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
    const query = state.selectedId ? `?case=${encodeURIComponent(state.selectedId)}&after=${state.after}` : '';
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

  // ---- queue ----
  function renderQueue() {
    const list = $('queueList');
    list.replaceChildren();
    $('queueEmpty').hidden = state.rows.length > 0;
    for (const row of state.rows) {
      const item = el('li', row.id === state.selectedId ? 'selected' : '');
      item.dataset.id = row.id;
      item.appendChild(el('strong', '', t(`reason.${row.reason}`)));
      const meta = [t(`status.${row.status}`), row.locale.toUpperCase(), row.channelId];
      if (row.position) meta.push(t('console:ui.queue.position', { position: row.position }));
      if (row.agent) meta.push(t('console:ui.queue.withAgent', { name: row.agent.displayName }));
      item.appendChild(el('span', 'meta', meta.join(' · ')));
      if (row.status === 'queued') item.appendChild(el('span', 'meta wait', t('console:ui.queue.waiting', { time: duration(waitedSeconds(row)) })));
      const actions = el('div', 'row-actions');
      const open = el('button', 'secondary', t('console:ui.queue.open'));
      open.type = 'button';
      open.addEventListener('click', () => void select(row.id));
      actions.appendChild(open);
      if (row.status === 'queued') {
        const claim = el('button', 'claim', t('console:ui.queue.claim'));
        claim.type = 'button';
        claim.addEventListener('click', () => void claimCase(row.id));
        actions.appendChild(claim);
      }
      item.appendChild(actions);
      list.appendChild(item);
    }
  }

  setInterval(() => {
    const items = document.querySelectorAll('#queueList li');
    items.forEach((item) => {
      const row = state.rows.find((r) => r.id === item.dataset.id);
      const wait = item.querySelector('.wait');
      if (row && wait) wait.textContent = t('console:ui.queue.waiting', { time: duration(waitedSeconds(row)) });
    });
  }, 1000);

  // ---- one case ----
  async function select(id) {
    const { status, data } = await api('GET', `/console/api/cases/${id}`);
    if (status !== 200) return showAlert('console:ui.errors.generic');
    showAlert('');
    state.selectedId = id;
    state.selected = data.case;
    state.canned = data.canned || {};
    $('transcript').replaceChildren();
    state.after = 0;
    appendTranscript(data.transcript);
    renderQueue();
    renderDetail();
    connectEvents();
  }

  async function claimCase(id) {
    const { status } = await api('POST', `/console/api/cases/${id}/claim`);
    if (status === 409) showAlert('console:ui.case.takenByOther');
    else if (status !== 200) showAlert('console:ui.errors.generic');
    else showAlert('');
    await select(id);
  }

  function renderDetail() {
    const c = state.selected;
    $('detailNone').hidden = Boolean(c);
    $('detailBody').hidden = !c;
    if (!c) return;
    $('detailTitle').textContent = t(`reason.${c.reason}`);
    $('detailStatus').textContent = c.agent && c.status === 'with_agent' ? `${t(`status.${c.status}`)} · ${c.agent.displayName}` : t(`status.${c.status}`);
    $('claimButton').hidden = c.status !== 'queued';
    const mine = c.status === 'with_agent' && c.agent && state.user && (c.agent.username === state.user.username || state.user.role === 'supervisor');
    $('chatForm').hidden = !mine;
    $('caseActions').hidden = !(mine || (c.status === 'queued' && state.user && state.user.role === 'supervisor'));
    $('handBackButton').hidden = !mine;
    $('readOnly').hidden = Boolean(mine) || c.status !== 'queued';
    renderSummary(c);
    renderCanned();
  }

  function renderSummary(c) {
    const s = c.summary || {};
    const dl = $('summary');
    dl.replaceChildren();
    const add = (label, value) => {
      dl.appendChild(el('dt', '', label));
      dl.appendChild(el('dd', '', value));
    };
    add(t('console:ui.case.reason'), t(`reason.${c.reason}`));
    add(t('console:ui.case.language'), String(s.locale || c.locale).toUpperCase());
    add(t('console:ui.case.channel'), s.channelId || '');
    if (s.intent) add(t('console:ui.case.intent'), s.intent);
    add(
      t('console:ui.case.identified'),
      s.identified ? `${t('console:ui.case.debtor', { id: s.identified.debtorId })} — ${s.identified.cjibNumbers.join(', ')}` : t('console:ui.case.notIdentified'),
    );
    if (s.assistantSaid && s.assistantSaid.length) add(t('console:ui.case.assistantSaid'), s.assistantSaid[s.assistantSaid.length - 1]);
    if (c.note) add(t('console:ui.case.note'), c.note);
  }

  function renderCanned() {
    const box = $('canned');
    box.replaceChildren();
    box.setAttribute('aria-label', t('console:ui.case.canned'));
    for (const [name, text] of Object.entries(state.canned || {})) {
      const button = el('button', '', text.length > 40 ? `${text.slice(0, 38)}…` : text);
      button.type = 'button';
      button.title = text;
      button.dataset.canned = name;
      button.addEventListener('click', () => {
        $('message').value = text;
        $('message').focus();
      });
      box.appendChild(button);
    }
  }

  function appendTranscript(entries) {
    const list = $('transcript');
    for (const entry of entries || []) {
      if (entry.seq <= state.after) continue;
      state.after = entry.seq;
      const item = el('li', entry.role);
      item.dataset.seq = String(entry.seq);
      const who = entry.role === 'agent' && entry.author ? entry.author : t(`role.${entry.role}`);
      item.appendChild(el('span', 'who', who));
      item.appendChild(document.createTextNode(entry.role === 'system' ? t(`systemEntry.${entry.text}`) : entry.text));
      list.appendChild(item);
    }
    list.scrollTop = list.scrollHeight;
  }

  async function act(path, body) {
    const { status } = await api('POST', path, body);
    if (status === 409) showAlert('console:ui.errors.conflict');
    else if (status >= 300) showAlert('console:ui.errors.generic');
    else showAlert('');
    return status;
  }

  // ---- callbacks and supervisor ----
  async function loadCallbacks() {
    const { status, data } = await api('GET', '/console/api/callbacks');
    if (status !== 200) return;
    const body = $('callbacksBody');
    body.replaceChildren();
    $('callbacksEmpty').hidden = data.callbacks.length > 0;
    $('callbacksTable').hidden = data.callbacks.length === 0;
    for (const request of data.callbacks) {
      const row = el('tr');
      row.appendChild(el('td', '', request.phone));
      row.appendChild(el('td', '', t(`part.${request.partOfDay}`)));
      row.appendChild(el('td', '', t(`reason.${request.reason}`)));
      row.appendChild(el('td', '', request.locale.toUpperCase()));
      row.appendChild(el('td', '', new Date(request.createdAt).toLocaleString(state.lang === 'en' ? 'en-GB' : 'nl-NL')));
      const cell = el('td');
      const done = el('button', 'secondary', t('console:ui.callbacks.done'));
      done.type = 'button';
      done.addEventListener('click', async () => {
        await act(`/console/api/callbacks/${encodeURIComponent(request.id)}/done`);
        await loadCallbacks();
      });
      cell.appendChild(done);
      row.appendChild(cell);
      body.appendChild(row);
    }
  }

  async function loadStats() {
    const { status, data } = await api('GET', '/console/api/stats');
    const dl = $('stats');
    dl.replaceChildren();
    if (status !== 200) {
      dl.appendChild(el('dd', '', t('console:ui.stats.forbidden')));
      return;
    }
    const add = (key, value) => {
      dl.appendChild(el('dt', '', t(key)));
      dl.appendChild(el('dd', '', value));
    };
    add('console:ui.stats.queued', String(data.queued));
    add('console:ui.stats.withAgent', String(data.withAgent));
    add('console:ui.stats.longestWait', duration(data.longestWaitSeconds));
    add('console:ui.stats.averageWait', duration(data.averageWaitSeconds));
    add('console:ui.stats.openCallbacks', String(data.openCallbacks));
    const agents = $('agentList');
    agents.replaceChildren();
    for (const agent of data.agents) agents.appendChild(el('li', '', `${agent.displayName}: ${t('console:ui.stats.conversations', { count: agent.conversations })}`));
  }

  // ---- wiring ----
  document.addEventListener('DOMContentLoaded', async () => {
    $('loginForm').addEventListener('submit', async (e) => {
      e.preventDefault();
      const { status, data } = await api('POST', '/console/api/login', { username: $('username').value, password: $('password').value });
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
    for (const button of document.querySelectorAll('[data-view]')) button.addEventListener('click', () => show(button.dataset.view));
    $('claimButton').addEventListener('click', () => state.selectedId && claimCase(state.selectedId));
    $('chatForm').addEventListener('submit', async (e) => {
      e.preventDefault();
      const text = $('message').value.trim();
      if (!text || !state.selectedId) return;
      if ((await act(`/console/api/cases/${state.selectedId}/messages`, { text })) < 300) $('message').value = '';
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
