import fs from 'node:fs';
import path from 'node:path';
import type restify from 'restify';
import { SUPPORTED_LOCALES, type Locale } from '../../domain/language/locale';
import type { Localizer } from '../../domain/ports/localizer';
import type { Logger } from '../../domain/ports/logger';
import type { Config } from '../config';
import { InMemoryRateLimiter } from '../rateLimiter';
import { clientAddress } from '../rateLimitHttp';
import type { DirectLineService } from './directLine';

/** The page's own files (web/chat); anything else under /chat/ is a 404. */
const PAGE_FILES: Record<string, string> = {
  'chat.js': 'application/javascript; charset=utf-8',
  'chat.css': 'text/css; charset=utf-8',
  'logo.svg': 'image/svg+xml',
};

/** The project's web/chat folder, from the sources (ts-jest) and from the build (dist/). */
function chatDir(): string {
  const candidates = [
    path.resolve(__dirname, '..', '..', 'web', 'chat'),
    path.resolve(__dirname, '..', '..', '..', 'web', 'chat'),
  ];
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html')));
  if (!found) throw new Error('web/chat not found');
  return found;
}

/** Web Chat's self-contained bundle from the installed package (never a CDN). */
function webChatBundle(): string {
  return path.resolve(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}

export interface ChatPageOptions {
  config: Config;
  logger: Logger;
  localizer: Localizer;
  directLine: DirectLineService;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The page's texts in one language (locales/<lng>/channels.json, webchat.*). */
function pageTexts(localizer: Localizer, locale: Locale): Record<string, string> {
  // Literal keys, so the locale completeness test sees them.
  return {
    pageTitle: localizer.t(locale, 'channels:webchat.pageTitle'),
    title: localizer.t(locale, 'channels:webchat.title'),
    organisation: localizer.t(locale, 'channels:webchat.organisation'),
    disclosure: localizer.t(locale, 'channels:webchat.disclosure'),
    privacy: localizer.t(locale, 'channels:webchat.privacy'),
    languageLabel: localizer.t(locale, 'channels:webchat.languageLabel'),
    chatLabel: localizer.t(locale, 'channels:webchat.chatLabel'),
    loading: localizer.t(locale, 'channels:webchat.loading'),
    unavailable: localizer.t(locale, 'channels:webchat.unavailable'),
    newConversation: localizer.t(locale, 'channels:webchat.newConversation'),
    skipToChat: localizer.t(locale, 'channels:webchat.skipToChat'),
    inputPlaceholder: localizer.t(locale, 'channels:webchat.inputPlaceholder'),
    botSaid: localizer.t(locale, 'channels:webchat.botSaid'),
    languageName: localizer.t(locale, 'common:language.name'),
  };
}

/**
 * The citizen chat page: GET / (web/chat/index.html), its script and style, Web Chat's bundle from
 * node_modules, the page's texts in every language, and POST /chat/token, which starts a Direct
 * Line conversation for the page (the job a website's back end does with the Direct Line secret).
 */
export function mountChatPage(server: restify.Server, options: ChatPageOptions): void {
  const dir = chatDir();
  const bundle = webChatBundle();
  const config = {
    defaultLocale: options.config.defaultLocale,
    locales: SUPPORTED_LOCALES,
    texts: Object.fromEntries(SUPPORTED_LOCALES.map((l) => [l, pageTexts(options.localizer, l)])),
  };
  // The page arrives with the default language's texts; chat.js switches them.
  const defaults = config.texts[options.config.defaultLocale];
  const html = fs
    .readFileSync(path.join(dir, 'index.html'), 'utf8')
    .replace(/%%(\w+)%%/g, (_m, key: string) =>
      key === 'lang' ? options.config.defaultLocale : escapeHtml(defaults[key] ?? ''),
    );
  // The page's own files are small and fixed after start-up: read once, not on every request.
  const pageFiles = new Map(
    Object.keys(PAGE_FILES).map((file) => [file, fs.readFileSync(path.join(dir, file))]),
  );
  // Starting conversations costs storage: a tighter limit than the general per-IP one.
  const tokenLimiter = new InMemoryRateLimiter({ burst: 30, perMinute: 60 });

  server.get('/', (_req, res, next) => {
    res.header('Cache-Control', 'no-cache');
    res.sendRaw(200, html, { 'Content-Type': 'text/html; charset=utf-8' });
    return next();
  });

  server.get('/chat/config.json', (_req, res, next) => {
    res.header('Cache-Control', 'no-cache');
    res.send(200, config);
    return next();
  });

  server.get('/chat/webchat.js', (_req, res, next) => {
    res.header('Cache-Control', 'public, max-age=86400');
    res.header('Content-Type', 'application/javascript; charset=utf-8');
    res.writeHead(200);
    fs.createReadStream(bundle)
      .on('error', () => res.end())
      .pipe(res);
    return next(false);
  });

  server.get('/chat/:file', (req, res, next) => {
    const file = String(req.params?.file ?? '');
    const type = PAGE_FILES[file];
    const content = pageFiles.get(file);
    if (!type || !content) {
      res.send(404, { error: 'not found' });
      return next(false);
    }
    res.header('Cache-Control', 'no-cache');
    res.sendRaw(200, content, { 'Content-Type': type });
    return next();
  });

  server.post('/chat/token', (req, res, next) => {
    const decision = tokenLimiter.hit(clientAddress(req, options.config.trustProxy));
    if (!decision.allowed) {
      res.header('Retry-After', String(Math.ceil(decision.retryAfterMs / 1000)));
      res.send(429, { error: 'too many requests' });
      return next(false);
    }
    const issued = options.directLine.issueConversation();
    res.header('Cache-Control', 'no-store');
    res.send(200, {
      conversationId: issued.conversationId,
      token: issued.token,
      expires_in: issued.expiresIn,
    });
    return next();
  });
}
