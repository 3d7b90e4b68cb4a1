// Staff console: one conversation (summary, transcript, chat, claim, hand back). The queue lists are
// in consoleQueue.js.
'use strict';

(function () {
  const C = window.CjibConsole;
  const { state, $, t, el, showAlert, api } = C;

  // ---- one case ----
  /** Opens a case; `focus` moves the keyboard to it (the message box when it is ours, else its title). */
  async function select(id, options) {
    const { status, data } = await api('GET', `/console/api/cases/${id}`);
    if (status !== 200) return showAlert('console:ui.errors.generic');
    showAlert('');
    state.selectedId = id;
    state.selected = data.case;
    state.canned = data.canned || {};
    $('transcript').replaceChildren();
    state.after = 0;
    appendTranscript(data.transcript);
    C.renderQueue();
    renderDetail();
    C.connectEvents();
    if (options && options.focus) (isMine(state.selected) ? $('message') : $('detailTitle')).focus();
  }

  async function claimCase(id) {
    const { status } = await api('POST', `/console/api/cases/${id}/claim`);
    if (status === 409) showAlert('console:ui.case.takenByOther');
    else if (status !== 200) showAlert('console:ui.errors.generic');
    else showAlert('');
    await select(id, { focus: true });
  }

  function isMine(c) {
    return Boolean(
      c &&
      c.status === 'with_agent' &&
      c.agent &&
      state.user &&
      (c.agent.username === state.user.username || state.user.role === 'supervisor'),
    );
  }

  function renderDetail() {
    const c = state.selected;
    $('detailNone').hidden = Boolean(c);
    $('detailBody').hidden = !c;
    if (!c) return;
    $('detailTitle').textContent = C.caseTitle(c);
    const badge = $('detailConcern');
    badge.textContent = c.concern ? t(`concern.${c.concern}`) : '';
    badge.className = c.concern ? `concern concern-${c.concern}` : '';
    badge.hidden = !c.concern;
    $('detailStatus').textContent =
      c.agent && c.status === 'with_agent'
        ? `${t(`status.${c.status}`)} · ${c.agent.displayName}`
        : t(`status.${c.status}`);
    $('claimButton').hidden = c.status !== 'queued';
    const mine = isMine(c);
    $('chatForm').hidden = !mine;
    $('caseActions').hidden = !(
      mine ||
      (c.status === 'queued' && state.user && state.user.role === 'supervisor')
    );
    $('handBackButton').hidden = !mine;
    $('readOnly').hidden = mine || c.status !== 'queued';
    renderSummary(c);
    renderCanned();
  }

  function renderSummary(c) {
    const s = c.summary || {};
    const dl = $('summary');
    dl.replaceChildren();
    const add = (label, value) => {
      dl.appendChild(el('dt', '', label));
      const dd = el('dd', '', typeof value === 'string' ? value : undefined);
      if (typeof value !== 'string') dd.appendChild(value);
      dl.appendChild(dd);
      return dd;
    };
    const list = (lines) => {
      const ul = el('ul', 'said');
      for (const line of lines) ul.appendChild(el('li', '', line));
      return ul;
    };
    if (s.citizenSaid && s.citizenSaid.length) add(t('console:ui.case.citizenSaid'), list(s.citizenSaid));
    add(t('console:ui.case.reason'), C.reasonLine(c));
    if (c.concern) add(t('console:ui.case.concern'), t(`concernLong.${c.concern}`));
    // "EN (TR)": answered in English, the citizen wrote Turkish (a language the assistant does not speak).
    const written = s.writtenLanguage ? ` (${String(s.writtenLanguage).toUpperCase()})` : '';
    add(t('console:ui.case.language'), String(s.locale || c.locale).toUpperCase() + written);
    add(t('console:ui.case.channel'), C.channelName(s.channelId));
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
    if (s.notes && s.notes.length) add(t('console:ui.case.notes'), list(s.notes));
    if (s.assistantSaid && s.assistantSaid.length)
      add(t('console:ui.case.assistantSaid'), plain(lastAnswer(s.assistantSaid)));
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

  /** The assistant's last answer, not a closing question like "Heeft dit antwoord u geholpen?". */
  function lastAnswer(said) {
    const answers = said.filter((text) => text.trim().split(/\s+/).length >= 7);
    return answers.length ? answers[answers.length - 1] : said[said.length - 1];
  }

  /** Markdown as the citizen saw it, in plain words: "[titel](https://…)" → "titel (https://…)", no **. */
  function plain(text) {
    return String(text)
      .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '$1 ($2)')
      .replace(/\*\*([^*]+)\*\*/g, '$1');
  }

  function appendTranscript(entries) {
    const list = $('transcript');
    for (const entry of entries || []) {
      if (entry.seq <= state.after) continue;
      state.after = entry.seq;
      const item = el('li', entry.role);
      item.dataset.seq = String(entry.seq);
      const who =
        (entry.role === 'agent' || entry.role === 'note') && entry.author
          ? `${entry.role === 'note' ? t('role.note') + ' · ' : ''}${entry.author}`
          : t(`role.${entry.role}`);
      item.appendChild(el('span', 'who', who));
      item.appendChild(
        document.createTextNode(entry.role === 'system' ? t(`systemEntry.${entry.text}`) : plain(entry.text)),
      );
      // Shown as typed to this agent only: the stored transcript keeps it masked.
      if (entry.live) item.appendChild(el('span', 'live', t('console:ui.case.live')));
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

  Object.assign(C, { renderDetail, appendTranscript, select, claimCase, act, plain });
})();
