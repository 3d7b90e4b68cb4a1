// Staff console: the callback requests and the supervisor's queue figures.
'use strict';

(function () {
  const C = window.CjibConsole;
  const { state, $, t, el, duration, api } = C;

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
      // What the citizen wanted: their own words (masked) first, then reason and topic.
      const wanted = el('td');
      if (request.concern) wanted.appendChild(C.concernBadge(request));
      if (request.title) wanted.appendChild(el('strong', 'row-title', ` ${request.title}`));
      wanted.appendChild(el('span', 'meta', ` ${C.reasonLine(request)}`));
      row.appendChild(wanted);
      row.appendChild(el('td', '', request.locale.toUpperCase()));
      row.appendChild(el('td', '', C.channelName(request.channelId)));
      row.appendChild(
        el('td', '', new Date(request.createdAt).toLocaleString(state.lang === 'en' ? 'en-GB' : 'nl-NL')),
      );
      const cell = el('td', 'row-actions');
      const name = request.title || t(`reason.${request.reason}`);
      const button = (label, aria, onClick) => {
        const b = el('button', 'secondary', t(label));
        b.type = 'button';
        b.setAttribute('aria-label', t(aria, { title: name }));
        b.addEventListener('click', onClick);
        cell.appendChild(b);
      };
      button('console:ui.callbacks.conversation', 'console:ui.callbacks.conversationFor', () =>
        showConversation(request.conversationId),
      );
      for (const outcome of ['reached', 'unreachable'])
        button(`console:ui.callbacks.${outcome}`, `console:ui.callbacks.${outcome}For`, async () => {
          await C.act(`/console/api/callbacks/${encodeURIComponent(request.id)}/done`, { outcome });
          await loadCallbacks();
        });
      row.appendChild(cell);
      body.appendChild(row);
    }
  }

  /** The conversation behind a callback request, as stored (masked), under the list. */
  async function showConversation(id) {
    const { status, data } = await api('GET', `/console/api/conversations/${id}/transcript`);
    if (status !== 200) return C.showAlert('console:ui.errors.generic');
    const list = $('callbackTranscript');
    list.replaceChildren();
    for (const entry of data.transcript) {
      const item = el('li', entry.role);
      item.appendChild(el('span', 'who', entry.author || t(`role.${entry.role}`)));
      item.appendChild(
        document.createTextNode(
          entry.role === 'system' ? t(`systemEntry.${entry.text}`) : C.plain(entry.text),
        ),
      );
      list.appendChild(item);
    }
    $('callbackConversation').hidden = false;
    $('callbackConversationHeading').focus();
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
    for (const agent of data.agents)
      agents.appendChild(
        el(
          'li',
          '',
          `${agent.displayName}: ${t('console:ui.stats.conversations', { count: agent.conversations })}`,
        ),
      );
  }

  Object.assign(C, { loadCallbacks, loadStats });
})();
