import type { Db } from 'mongodb';
import { useAppWithMongo } from '../support/appWithMongo';
import { DEMO_CLOCK, DEMO_DEBTORS, type DemoDebtorId } from '../support/demoDebtors';
import { filedWithBackOffice, forgetFiledRequests, handoffCaseOf } from '../support/filedRequests';
import { startAndIdentify } from '../support/identify';
import { oneLine as plain } from '../support/replyText';
import { startTestApp, type TestConversation } from '../support/testApp';
import { waitFor } from '../support/waitFor';

/** Staff are "always open" (the reference date is a Sunday) so handoffs queue. */
const ENV = {
  OFFICE_HOURS: 'mon-sun 00:00-24:00',
  PUBLIC_HOLIDAYS: '2000-01-01',
  ARRANGEMENT_OUTBOX_POLL_MS: '50',
};
const REFERENCE = /BR-2026-\d{8}/;

/** Opens the chat, asks for an arrangement and verifies with the letter's number and postcode; returns the answer. */
async function arrange(
  c: TestConversation,
  debtor: DemoDebtorId,
  opener = 'Ik wil een betalingsregeling aanvragen',
): Promise<string> {
  return plain(await startAndIdentify(c, opener, DEMO_DEBTORS[debtor]));
}

/** The back office's requests for a debtor (the embedded demo back office keeps them in the same MongoDB). */
function backOfficeRequests(db: Db, debtorId: string) {
  return db.collection('demoArrangementRequests').find({ debtorId }).toArray();
}

describe('payment arrangement through POST /api/messages', () => {
  const assistant = useAppWithMongo(ENV, { clock: DEMO_CLOCK });
  // Filing is idempotent per debtor, claims, amount and month: every test starts with nothing filed.
  beforeEach(() => forgetFiledRequests(assistant.db));

  it('D01: 6 months of € 21,50 from 1 januari 2027, confirmed, filed once with a reference; delivered by the outbox', async () => {
    const c = assistant.app.conversation();
    const schedule = await arrange(c, 'D01');
    expect(schedule).toContain('Snelheidsovertreding van 14 km/u binnen de bebouwde kom');
    expect(schedule).toContain('U kunt € 129,00 in 6 maanden betalen: € 21,50 per maand');
    expect(schedule).toContain('uiterlijk 1 januari 2027');
    expect(schedule).toMatch(/niet vanzelf in deze regeling/);
    expect(schedule).toMatch(/Wilt u deze betalingsregeling aanvragen\?/);
    expect(plain(await c.say('Ja, aanvragen'))).toMatch(/e-mailadres of telefoonnummer.*per brief/);
    expect(plain(await c.say('dat is jan.devries@example.nl'))).toMatch(
      /6 termijnen van € 21,50.*jan\.devries@example\.nl.*versturen\?/,
    );
    const filed = plain(await c.say('Ja, versturen'));
    const reference = REFERENCE.exec(filed)?.[0];
    expect(reference).toBeDefined();
    expect(filed).toMatch(/besluit per brief/);

    const stored = await assistant.db.collection('arrangementRequests').findOne({ reference });
    expect(stored).toMatchObject({
      submission: {
        debtorId: 'D01',
        months: 6,
        totalAmount: 12900,
        monthlyAmount: 2150,
        firstDueDate: '2027-01-01',
        language: 'nl',
      },
    });
    const delivered = await waitFor(async () => {
      const doc = await assistant.db.collection('arrangementRequests').findOne({ reference });
      return doc?.state === 'delivered' ? doc : undefined;
    });
    // Contact details leave the outbox once the back office has them.
    expect(delivered.submission.contact).toEqual({});
    const inBackOffice = await backOfficeRequests(assistant.db, 'D01');
    expect(inBackOffice).toHaveLength(1);
    expect(inBackOffice[0]).toMatchObject({
      reference,
      idempotencyKey: stored!._id,
      contact: { email: 'jan.devries@example.nl' },
      months: 6,
    });

    // Asking again for the same arrangement gives the same reference, not a second request.
    const again = plain(await c.say('Ik wil een betalingsregeling aanvragen'));
    expect(again).toContain(`al aangevraagd. Uw referentienummer is **${reference}**`);
    expect(await backOfficeRequests(assistant.db, 'D01')).toHaveLength(1);
  });

  it('D02: two claims, 12 months of € 45,95 and a last instalment of € 46,05', async () => {
    const schedule = await arrange(assistant.app.conversation(), 'D02');
    expect(schedule).toContain('Snelheidsovertreding van 22 km/u op de autosnelweg');
    expect(schedule).toContain('Door rood licht rijden');
    expect(schedule).toContain('U kunt € 551,50 in 12 maanden betalen: € 45,95 per maand');
    expect(schedule).toContain('de laatste termijn € 46,05');
  });

  it('D03: refused below € 75 of fines and increases, with the reason', async () => {
    const answer = await arrange(assistant.app.conversation(), 'D03');
    expect(answer).toMatch(
      /vanaf € 75,00 aan boetes en verhogingen.*administratiekosten tellen niet mee.*Bij u is dat € 45,00/,
    );
    expect(answer).not.toMatch(/Wilt u deze betalingsregeling aanvragen/);
  });

  it('D04: the claim is with the bailiff: explained, nothing to arrange here', async () => {
    const answer = await arrange(assistant.app.conversation(), 'D04');
    expect(answer).toMatch(
      /Niet in de nieuwe regeling.*Snelheidsovertreding van 31 km\/u.*deurwaarder.*Neem contact op met de deurwaarder/,
    );
    expect(answer).toMatch(/geen boete open die in een nieuwe betalingsregeling kan/);
  });

  it('D05: an appeal is pending: no payment due meanwhile, explained', async () => {
    const answer = await arrange(assistant.app.conversation(), 'D05');
    expect(answer).toMatch(
      /beroep ingesteld.*hoeft u deze boete nog niet te betalen.*daarna een regeling aanvragen/,
    );
    expect(answer).not.toMatch(/Wilt u deze betalingsregeling aanvragen/);
  });

  it('D06: refused for the broken arrangement; yes to a person queues with that reason', async () => {
    const c = assistant.app.conversation();
    const answer = await arrange(c, 'D06');
    expect(answer).toMatch(/afgelopen 6 maanden een betalingsregeling niet volgehouden/);
    expect(answer).toMatch(/persoonlijke regeling.*Wilt u met een medewerker spreken\?/);
    await c.say('Ja, graag');
    const queued = await handoffCaseOf(assistant.db, c);
    expect(queued.reason).toBe('broken_arrangement');
  });

  it('D07: shows the running arrangement: reference, months, monthly amount, paid and left', async () => {
    const answer = await arrange(assistant.app.conversation(), 'D07');
    expect(answer).toMatch(/U heeft al een betalingsregeling/);
    for (const fact of [
      'BR-2026-000417',
      '"Aantal termijnen","value":"9"',
      '€ 39,90',
      '"Termijnen betaald","value":"5"',
      '"Termijnen nog te betalen","value":"4"',
    ]) {
      expect(answer).toContain(fact);
    }
    expect(answer).not.toMatch(/Wilt u deze betalingsregeling aanvragen/);
  });

  it('D13 in English: 18 months, filed in English', async () => {
    const c = assistant.app.conversation({ locale: 'en-GB' });
    const schedule = await arrange(c, 'D13', 'I want to set up a payment plan');
    expect(schedule).toContain('You can pay €1,420.00 over 18 months: €78.88 a month');
    expect(schedule).toContain('the last instalment is €79.04');
    expect(schedule).toContain('1 January 2027');
    await c.say('Yes, request it');
    expect(plain(await c.say('+31 6 12345678'))).toMatch(
      /17 instalments of €78\.88 and a last instalment of €79\.04 \(total €1,420\.00\).*\+31612345678.*send the request now\?/,
    );
    expect(plain(await c.say('yes'))).toMatch(
      /Your reference number is \*\*BR-2026-\d{8}\*\*.*decision by letter/,
    );
  });

  it('D11 in German (postcode 47533): 36 Monate, beantragt', async () => {
    const c = assistant.app.conversation({ locale: 'de-DE' });
    const schedule = await arrange(c, 'D11', 'Ich möchte eine Ratenzahlung beantragen');
    expect(schedule).toContain('Sie können 4.359,00 € in 36 Monaten bezahlen: 121,08 € pro Monat');
    expect(schedule).toContain('1. Januar 2027');
    expect(plain(await c.say('Ja, beantragen'))).toMatch(/E-Mail-Adresse oder Telefonnummer/);
    expect(plain(await c.say('lukas.schneider@example.de'))).toMatch(/35 Raten zu 121,08 € und eine letzte Rate von 121,20 €.*absenden\?/);
    expect(plain(await c.say('Ja, absenden'))).toMatch(
      /Ihr Aktenzeichen lautet \*\*BR-2026-\d{8}\*\*.*per Brief/,
    );
    const [request] = await filedWithBackOffice(assistant.db, 'D11');
    expect(request).toMatchObject({ language: 'de', months: 36, totalAmount: 435900 });
  });

  it('D12 in Polish (postcode 61-001): 6 rat, wniosek złożony', async () => {
    const c = assistant.app.conversation({ locale: 'pl-PL' });
    const schedule = await arrange(c, 'D12', 'Chcę złożyć wniosek o rozłożenie mandatu na raty');
    expect(schedule).toContain(
      'Może Pan/Pani zapłacić 167,00 € w 6 miesięcznych ratach: 27,83 € miesięcznie',
    );
    expect(plain(await c.say('Tak, złóż wniosek'))).toMatch(/adresem e-mail lub numerem telefonu/);
    expect(plain(await c.say('+48 601 234 567'))).toMatch(
      /5 rat po 27,83 € i ostatnia rata 27,85 €.*\+48601234567.*wysłać wniosek\?/,
    );
    expect(plain(await c.say('tak'))).toMatch(/numer referencyjny to \*\*BR-2026-\d{8}\*\*.*listownie/);
    const [request] = await filedWithBackOffice(assistant.db, 'D12');
    expect(request).toMatchObject({
      language: 'pl',
      months: 6,
      totalAmount: 16700,
      contact: { phone: '+48601234567' },
    });
  });

  it('a confirmation posted twice at once files one request, and both turns are answered', async () => {
    const c = assistant.app.conversation();
    await arrange(c, 'D02');
    await c.say('ja');
    await c.say('06 12345678');
    const [first, second] = await Promise.all([c.say('Ja, versturen'), c.say('Ja, versturen')]);
    expect(plain([...first, ...second]).match(REFERENCE)).not.toBeNull();
    expect(first.length + second.length).toBeGreaterThan(1);
    expect(
      await assistant.db.collection('arrangementRequests').countDocuments({ 'submission.debtorId': 'D02' }),
    ).toBe(1);
    await waitFor(async () =>
      (await assistant.db.collection('arrangementRequests').findOne({ 'submission.debtorId': 'D02' }))
        ?.state === 'delivered'
        ? true
        : undefined,
    );
    expect(await backOfficeRequests(assistant.db, 'D02')).toHaveLength(1);
  });

  it('validates the contact: asks again until it is an e-mail address or a phone number', async () => {
    const c = assistant.app.conversation();
    await arrange(c, 'D13', 'Ik wil een betalingsregeling aanvragen');
    await c.say('ja');
    expect(plain(await c.say('mijn adres is sarah at example'))).toMatch(
      /lijkt geen e-mailadres of telefoonnummer/,
    );
    expect(plain(await c.say('12345'))).toMatch(/lijkt geen e-mailadres of telefoonnummer/);
    expect(plain(await c.say('sarah@example.com'))).toMatch(/sarah@example\.com.*versturen\?/);
    expect(plain(await c.say('nee'))).toMatch(/niets aangevraagd/);
    expect(
      await assistant.db
        .collection('arrangementRequests')
        .countDocuments({ 'submission.debtorId': 'D13', 'submission.language': 'nl' }),
    ).toBe(0);
  });

  it('"the monthly amount is too high": a personal arrangement needs proof; yes to a person queues with that reason', async () => {
    const c = assistant.app.conversation();
    await arrange(c, 'D01');
    const answer = plain(await c.say('Het maandbedrag is te hoog'));
    expect(answer).toMatch(/persoonlijke betalingsregeling/);
    expect(answer).toMatch(/bewijsstukken/);
    expect(answer).toMatch(/Wilt u met een medewerker spreken\?/);
    await c.say('ja');
    const queued = await handoffCaseOf(assistant.db, c);
    expect(queued.reason).toBe('personal_arrangement');
  });

  it('"I cannot pay at all" at the schedule: the noodstop and municipal debt help, and the offer of a person', async () => {
    const c = assistant.app.conversation();
    await arrange(c, 'D02');
    const answer = plain(await c.say('Ik heb schulden, ik kan helemaal niet betalen'));
    expect(answer).toMatch(/noodstop/);
    expect(answer).toMatch(/4 maanden uitstel/);
    expect(answer).toMatch(/gemeente/);
    expect(answer).toMatch(/medewerker/);
    expect(plain(await c.say('nee'))).toMatch(/later om een medewerker vragen/);
  });

  it('questions mid-way are answered, then the flow asks its question again and goes on', async () => {
    const c = assistant.app.conversation();
    await arrange(c, 'D01');
    // The fine's own due date and the schedule's first instalment (the fine is looked up here).
    const deadline = plain(await c.say('Hoe lang heb ik om te betalen?'));
    expect(deadline).toMatch(/uiterlijk 15 december 2026[\s\S]*eerste termijn/);
    expect(deadline).toMatch(/Wilt u deze betalingsregeling aanvragen\?/);
    const newFine = plain(await c.say('Krijg ik een nieuwe boete erbij in de regeling?'));
    expect(newFine).toMatch(/niet vanzelf/);
    expect(newFine).toMatch(/Wilt u deze betalingsregeling aanvragen\?/);
    expect(plain(await c.say('ja'))).toMatch(/e-mailadres of telefoonnummer/);
  });

  it('resumes after a restart: the dialog state lives in MongoDB', async () => {
    const c = assistant.app.conversation();
    await arrange(c, 'D13', 'Ik wil een betalingsregeling aanvragen');
    await c.say('ja');
    const restarted = await startTestApp(
      { ...ENV, MONGODB_URI: assistant.mongo.uri, MONGODB_DB: assistant.mongo.dbName },
      { clock: DEMO_CLOCK },
    );
    try {
      const same = restarted.conversation({ conversationId: c.id, userId: c.userId });
      expect(plain(await same.say('sarah.thompson@example.com'))).toMatch(
        /17 termijnen van € 78,88 en een laatste termijn van € 79,04.*versturen\?/,
      );
    } finally {
      await restarted.close();
    }
  });
});
