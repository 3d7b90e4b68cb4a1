/*
 * The citizen chat page: Web Chat on the assistant's own Direct Line (/v3/directline).
 * - The conversation survives a reload: its id and token are kept in sessionStorage (this tab only)
 *   and the page reconnects to it, replaying the transcript from the start (Web Chat keeps none).
 * - A language switch (nl/en/de/pl) changes the page and tells the assistant (event "setLanguage").
 * - A signed-in citizen's token from the host page (window.CJIB_SIGNIN_TOKEN, or data-signin-token
 *   on #webchat or <body>) goes with every activity in channelData.signinToken.
 */
(function () {
  'use strict';

  var SESSION_KEY = 'cjib.chat.session';
  var LOCALE_KEY = 'cjib.chat.locale';
  /** Web Chat's own interface strings per language. */
  var WEBCHAT_LOCALES = { nl: 'nl-NL', en: 'en-US', de: 'de-DE', pl: 'pl-PL' };
  var DOMAIN = window.location.origin + '/v3/directline';

  var chatElement = document.getElementById('webchat');
  var statusElement = document.getElementById('status');
  var config;
  var locale;
  var directLine;
  var store;

  function text(key) {
    return (
      (config.texts[locale] && config.texts[locale][key]) || config.texts[config.defaultLocale][key] || ''
    );
  }

  function readJson(storageKey) {
    try {
      return JSON.parse(window.sessionStorage.getItem(storageKey) || 'null');
    } catch {
      return null;
    }
  }

  function signinToken() {
    var fromHost =
      window.CJIB_SIGNIN_TOKEN ||
      chatElement.getAttribute('data-signin-token') ||
      document.body.getAttribute('data-signin-token');
    return typeof fromHost === 'string' && fromHost ? fromHost : undefined;
  }

  function setStatus(message, isError) {
    statusElement.textContent = message;
    statusElement.className = isError ? 'status error' : 'status';
  }

  async function postJson(url, token) {
    var headers = { Accept: 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    var response = await fetch(url, { method: 'POST', headers: headers, credentials: 'same-origin' });
    if (!response.ok) throw new Error('HTTP ' + response.status);
    return response.json();
  }

  /** The conversation of this tab, refreshed; undefined when there is none or it can no longer be resumed. */
  async function resumableSession() {
    var saved = readJson(SESSION_KEY);
    if (!saved || typeof saved.conversationId !== 'string' || typeof saved.token !== 'string')
      return undefined;
    try {
      var refreshed = await postJson(DOMAIN + '/tokens/refresh', saved.token);
      if (refreshed.conversationId !== saved.conversationId) return undefined;
      return {
        conversationId: saved.conversationId,
        token: refreshed.token,
        watermark: saved.watermark || '',
      };
    } catch {
      window.sessionStorage.removeItem(SESSION_KEY);
      return undefined;
    }
  }

  function saveSession() {
    if (!directLine || !directLine.conversationId) return;
    window.sessionStorage.setItem(
      SESSION_KEY,
      JSON.stringify({
        conversationId: directLine.conversationId,
        token: directLine.token,
        watermark: directLine.watermark || '',
      }),
    );
  }

  /** Adds channelData.signinToken to every activity the citizen sends, when the host page has one. */
  function withSigninToken(action) {
    var token = signinToken();
    if (!token) return action;
    var activity = action.payload.activity;
    return Object.assign({}, action, {
      payload: Object.assign({}, action.payload, {
        activity: Object.assign({}, activity, {
          channelData: Object.assign({}, activity.channelData, { signinToken: token }),
        }),
      }),
    });
  }

  function createStore() {
    return window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/POST_ACTIVITY') action = withSigninToken(action);
          var result = next(action);
          if (
            action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' ||
            action.type === 'DIRECT_LINE/CONNECT_FULFILLED'
          ) {
            saveSession();
            setStatus('');
          }
          return result;
        };
      };
    });
  }

  var STYLE = {
    accent: '#154273',
    primaryFont: "Verdana, 'DejaVu Sans', Arial, Helvetica, sans-serif",
    bubbleBackground: '#f3f3f3',
    bubbleBorderRadius: 4,
    bubbleTextColor: '#1a1a1a',
    bubbleFromUserBackground: '#154273',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 4,
    hideUploadButton: true,
    sendBoxButtonColor: '#154273',
    sendBoxTextColor: '#1a1a1a',
    subtle: '#4d4d4d',
    timestampColor: '#4d4d4d',
    suggestedActionLayout: 'flow',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: '#154273',
    suggestedActionTextColor: '#154273',
    suggestedActionBorderRadius: 4,
    rootHeight: '100%',
  };

  function render() {
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: store,
        locale: WEBCHAT_LOCALES[locale],
        styleOptions: STYLE,
        // "CJIB zei:", not "Bot zei:": a staff member's message comes from the same sender as the assistant's.
        overrideLocalizedStrings: {
          TEXT_INPUT_PLACEHOLDER: text('inputPlaceholder'),
          ACTIVITY_BOT_SAID_ALT: text('botSaid'),
        },
      },
      chatElement,
    );
  }

  function applyTexts() {
    document.documentElement.lang = locale;
    document.title = text('pageTitle');
    ['title', 'organisation', 'disclosure', 'privacy'].forEach(function (id) {
      document.getElementById(id).textContent = text(id);
    });
    document.getElementById('language-label').textContent = text('languageLabel');
    document.getElementById('skip-link').textContent = text('skipToChat');
    document.getElementById('new-conversation').textContent = text('newConversation');
    chatElement.setAttribute('aria-label', text('chatLabel'));
    var buttons = document.querySelectorAll('#language-switch button');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute('aria-pressed', String(buttons[i].getAttribute('lang') === locale));
    }
  }

  function setLanguage(next) {
    if (next === locale) return;
    locale = next;
    window.sessionStorage.setItem(LOCALE_KEY, locale);
    applyTexts();
    if (!store) return;
    render();
    store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'setLanguage', value: locale } });
  }

  function buildLanguageSwitch() {
    var container = document.getElementById('language-switch');
    config.locales.forEach(function (code) {
      var button = document.createElement('button');
      button.type = 'button';
      button.lang = code;
      button.textContent = config.texts[code].languageName;
      button.setAttribute('aria-pressed', String(code === locale));
      button.addEventListener('click', function () {
        setLanguage(code);
      });
      container.appendChild(button);
    });
  }

  function focusSendBox(event) {
    var input = chatElement.querySelector('input[type="text"], textarea');
    if (!input) return;
    event.preventDefault();
    input.focus();
  }

  async function start() {
    config = await (await fetch('/chat/config.json', { credentials: 'same-origin' })).json();
    var saved = window.sessionStorage.getItem(LOCALE_KEY);
    locale = config.locales.indexOf(saved) >= 0 ? saved : config.defaultLocale;
    buildLanguageSwitch();
    applyTexts();
    document.getElementById('skip-link').addEventListener('click', focusSendBox);
    document.getElementById('new-conversation').addEventListener('click', function () {
      window.sessionStorage.removeItem(SESSION_KEY);
      window.location.reload();
    });

    var session = await resumableSession();
    var options = { domain: DOMAIN, webSocket: true };
    if (session) {
      // Reconnect (GET /conversations/{id}): the transcript comes back from the start.
      options.token = session.token;
      options.conversationId = session.conversationId;
    } else {
      var issued = await postJson('/chat/token');
      options.token = issued.token;
      options.conversationStartProperties = { locale: WEBCHAT_LOCALES[locale] };
    }
    directLine = window.WebChat.createDirectLine(options);
    store = createStore();
    render();
  }

  start().catch(function () {
    // The server rendered this text in the default language; use the chosen one when known.
    setStatus(config ? text('unavailable') : statusElement.getAttribute('data-unavailable'), true);
  });
})();
