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
      row.appendChild(el('td', '', t(`reason.${request.reason}`)));
      row.appendChild(el('td', '', request.locale.toUpperCase()));
      row.appendChild(
        el('td', '', new Date(request.createdAt).toLocaleString(state.lang === 'en' ? 'en-GB' : 'nl-NL')),
      );
      const cell = el('td');
      const done = el('button', 'secondary', t('console:ui.callbacks.done'));
      done.type = 'button';
      done.addEventListener('click', async () => {
        await C.act(`/console/api/callbacks/${encodeURIComponent(request.id)}/done`);
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
