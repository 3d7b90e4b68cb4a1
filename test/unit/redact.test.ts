import { Writable } from 'node:stream';
import { createLogger } from '../../bot/logger';
import { redactLogFields } from '../../bot/securityLogRedaction';

const PERSONAL = {
  cjib: '9698948614580658',
  postcode: '8911 AB',
  iban: 'NL91ABNA0417164300',
  email: 'jan.devries@example.nl',
  phone: '06-12345678',
  name: 'Jan de Vries',
};

function captureLogger(): { logger: ReturnType<typeof createLogger>; output: () => string } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger('debug', sink), output: () => lines.join('') };
}

describe('log redaction', () => {
  it('masks personal values wherever they appear in a log line', () => {
    const { logger, output } = captureLogger();
    logger.info(
      {
        conversationId: 'conv-1',
        debtor: { name: PERSONAL.name, postcode: PERSONAL.postcode },
        note: `nummer ${PERSONAL.cjib}, iban ${PERSONAL.iban}, mail ${PERSONAL.email}, tel ${PERSONAL.phone}`,
        contact: { email: PERSONAL.email },
        list: [`${PERSONAL.postcode.replace(' ', '')}`, { fullName: PERSONAL.name }],
        text: `Ik ben ${PERSONAL.name}`,
      },
      `lookup for ${PERSONAL.cjib} at ${PERSONAL.postcode}`,
    );
    logger.error({ error: new Error(`bad number ${PERSONAL.cjib} for ${PERSONAL.email}`) }, 'failed');
    const text = output();
    for (const value of Object.values(PERSONAL)) expect(text).not.toContain(value);
    expect(text).not.toContain('8911AB');
    expect(text).not.toContain('8948614580'); // no long run of the CJIB number survives
    expect(text).toContain('conv-1'); // ids stay readable
    expect(text).toContain('0658'); // the last four digits identify a claim for staff
  });

  it('keeps error class names and outcomes, drops free text', () => {
    const redacted = redactLogFields({
      error: { name: 'MongoServerSelectionError', code: 'ECONNREFUSED' },
      outcome: 'found',
      message: 'Jan',
    });
    expect(redacted).toEqual({
      error: { name: 'MongoServerSelectionError', code: 'ECONNREFUSED' },
      outcome: 'found',
      message: '[redacted]',
    });
    expect(redactLogFields({ error: { name: 'Jan' } })).toEqual({ error: { name: '[redacted]' } });
  });

  it('survives cycles and deep nesting', () => {
    const a: Record<string, unknown> = { id: 'x' };
    a.self = a;
    let deep: Record<string, unknown> = { leaf: PERSONAL.email };
    for (let i = 0; i < 20; i++) deep = { next: deep };
    const out = JSON.stringify(redactLogFields({ a, deep }));
    expect(out).not.toContain(PERSONAL.email);
  });
});
