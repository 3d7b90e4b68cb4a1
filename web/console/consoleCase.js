// Staff console: the live queue and one conversation (summary, transcript, chat, claim, hand back).
'use strict';

(function () {
  const C = window.CjibConsole;
  const { state, $, t, el, showAlert, duration, waitedSeconds, api } = C;

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
      if (row.status === 'queued')
        item.appendChild(
          el('span', 'meta wait', t('console:ui.queue.waiting', { time: duration(waitedSeconds(row)) })),
        );
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
      if (row && wait)
        wait.textContent = t('console:ui.queue.waiting', { time: duration(waitedSeconds(row)) });
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
    C.connectEvents();
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
    $('detailStatus').textContent =
      c.agent && c.status === 'with_agent'
        ? `${t(`status.${c.status}`)} · ${c.agent.displayName}`
        : t(`status.${c.status}`);
    $('claimButton').hidden = c.status !== 'queued';
    const mine =
      c.status === 'with_agent' &&
      c.agent &&
      state.user &&
      (c.agent.username === state.user.username || state.user.role === 'supervisor');
    $('chatForm').hidden = !mine;
    $('caseActions').hidden = !(
      mine ||
      (c.status === 'queued' && state.user && state.user.role === 'supervisor')
    );
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
    // "EN (TR)": answered in English, the citizen wrote Turkish (a language the assistant does not speak).
    const written = s.writtenLanguage ? ` (${String(s.writtenLanguage).toUpperCase()})` : '';
    add(t('console:ui.case.language'), String(s.locale || c.locale).toUpperCase() + written);
    add(t('console:ui.case.channel'), s.channelId || '');
    if (s.intent) add(t('console:ui.case.intent'), s.intent);
    add(
      t('console:ui.case.identified'),
      s.identified
        ? `${t('console:ui.case.debtor', { id: s.identified.debtorId })} — ${s.identified.cjibNumbers.join(', ')}`
        : t('console:ui.case.notIdentified'),
    );
    if (typeof s.ownMonthlyCents === 'number')
      add(
        t('console:ui.case.ownMonthly'),
        new Intl.NumberFormat(state.lang === 'en' ? 'en-GB' : 'nl-NL', {
          style: 'currency',
          currency: 'EUR',
        }).format(s.ownMonthlyCents / 100),
      );
    if (s.assistantSaid && s.assistantSaid.length)
      add(t('console:ui.case.assistantSaid'), s.assistantSaid[s.assistantSaid.length - 1]);
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
      item.appendChild(
        document.createTextNode(entry.role === 'system' ? t(`systemEntry.${entry.text}`) : entry.text),
      );
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

  Object.assign(C, { renderQueue, renderDetail, appendTranscript, select, claimCase, act });
})();
