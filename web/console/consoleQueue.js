// Staff console: the live queue, in two lists (waiting, being helped). Each row shows the citizen's
// own words (masked), the reason and topic, and a concern first; keyboard focus survives refreshes.
'use strict';

(function () {
  const C = window.CjibConsole;
  const { state, $, t, el, duration, waitedSeconds } = C;

  /** What a case is called: the citizen's own words, else its reason. */
  function caseTitle(c) {
    return c.title || t(`reason.${c.reason}`);
  }

  /** "Kan niet betalen · Betalingsregeling": reason and topic in the staff's language. */
  function reasonLine(c) {
    const parts = [t(`reason.${c.reason}`)];
    if (c.topic) parts.push(t(`topic.${c.topic}`));
    return parts.join(' · ');
  }

  /** "Webchat", "Telefoon": the channel in words (its id when no name is known). */
  function channelName(id) {
    const name = t(`channel.${id}`);
    return name === `channel.${id}` ? String(id || '') : name;
  }

  /** A visible mark for distress or no money: the row and the case are served first. */
  function concernBadge(c) {
    if (!c.concern) return null;
    const badge = el('span', `concern concern-${c.concern}`, t(`concern.${c.concern}`));
    return badge;
  }

  function row(r) {
    const item = el(
      'li',
      [r.id === state.selectedId ? 'selected' : '', r.concern ? 'urgent' : ''].join(' ').trim(),
    );
    item.dataset.id = r.id;
    const head = el('div', 'row-head');
    const badge = concernBadge(r);
    if (badge) head.appendChild(badge);
    head.appendChild(el('strong', 'row-title', caseTitle(r)));
    item.appendChild(head);
    item.appendChild(el('span', 'meta', reasonLine(r)));
    const meta = [t(`status.${r.status}`), r.locale.toUpperCase(), channelName(r.channelId)];
    if (r.position) meta.push(t('console:ui.queue.position', { position: r.position }));
    if (r.identified) meta.push(t('console:ui.queue.identified'));
    if (r.agent) meta.push(t('console:ui.queue.withAgent', { name: r.agent.displayName }));
    item.appendChild(el('span', 'meta', meta.join(' · ')));
    if (r.status === 'queued')
      item.appendChild(
        el('span', 'meta wait', t('console:ui.queue.waiting', { time: duration(waitedSeconds(r)) })),
      );
    const actions = el('div', 'row-actions');
    const name = caseTitle(r);
    const open = el('button', 'secondary', t('console:ui.queue.open'));
    open.type = 'button';
    open.dataset.focusKey = `${r.id}:open`;
    open.setAttribute('aria-label', t('console:ui.queue.openCase', { title: name }));
    open.addEventListener('click', () => void C.select(r.id, { focus: true }));
    actions.appendChild(open);
    if (r.status === 'queued') {
      const claim = el('button', 'claim', t('console:ui.queue.claim'));
      claim.type = 'button';
      claim.dataset.focusKey = `${r.id}:claim`;
      claim.setAttribute('aria-label', t('console:ui.queue.claimCase', { title: name }));
      claim.addEventListener('click', () => void C.claimCase(r.id));
      actions.appendChild(claim);
    }
    item.appendChild(actions);
    return item;
  }

  function renderQueue() {
    // The button that had the focus gets it back after the lists are rebuilt.
    const focused =
      document.activeElement && document.activeElement.dataset
        ? document.activeElement.dataset.focusKey
        : undefined;
    const waiting = state.rows.filter((r) => r.status === 'queued');
    const helped = state.rows.filter((r) => r.status !== 'queued');
    $('queueList').replaceChildren(...waiting.map(row));
    $('handledList').replaceChildren(...helped.map(row));
    $('queueEmpty').hidden = waiting.length > 0;
    $('handledSection').hidden = helped.length === 0;
    if (focused) {
      const again = document.querySelector(`[data-focus-key="${focused}"]`);
      if (again) again.focus();
    }
  }

  setInterval(() => {
    document.querySelectorAll('#queueList li').forEach((item) => {
      const r = state.rows.find((x) => x.id === item.dataset.id);
      const wait = item.querySelector('.wait');
      if (r && wait) wait.textContent = t('console:ui.queue.waiting', { time: duration(waitedSeconds(r)) });
    });
  }, 1000);

  Object.assign(C, { renderQueue, caseTitle, reasonLine, concernBadge, channelName });
})();
