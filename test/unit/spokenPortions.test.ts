import { spokenPortions } from '../../adapters/channels/spokenPortions';
import { asksForNextPart, saysNoToMore, saysYesToMore } from '../../domain/language/moreOfAnswer';

describe('a long spoken answer in portions', () => {
  it('says a short answer whole', () => {
    expect(spokenPortions('Een. Twee. Drie. Vier.')).toEqual([['Een.', 'Twee.', 'Drie.', 'Vier.']]);
  });

  it('cuts a long paragraph after its first three sentences, later portions up to five', () => {
    const portions = spokenPortions('Een. Twee. Drie. Vier. Vijf. Zes. Zeven. Acht. Negen.');
    expect(portions[0]).toEqual(['Een.', 'Twee.', 'Drie.']);
    expect(portions.flat()).toHaveLength(9);
    expect(portions.every((p) => p.length >= 2 && p.length <= 5)).toBe(true);
  });

  it('cuts four long sentences too', () => {
    const long = 'Dit is een lange zin met heel veel woorden erin, zodat een beller hem moeilijk onthoudt.';
    expect(spokenPortions([long, long, long, long].join(' ')).length).toBeGreaterThan(1);
  });

  it('never ends a portion on a line that introduces what follows', () => {
    const portions = spokenPortions(
      'Betalen in delen kan vaak. De voorwaarden zijn:\n- Minstens 75 euro. Zonder kosten.\n- Geen gebroken regeling. Echt niet.\nMeer. Nog meer.',
    );
    expect(portions[0][portions[0].length - 1]).not.toMatch(/:$/);
    expect(portions[0]).toContain('Minstens 75 euro.');
  });

  it('leaves a heading that fits after the first lines for the portion with its points', () => {
    const portions = spokenPortions(
      'Een brief gaat over een boete. Het CJIB int boetes.\n\nWat u nu doet:\n- Kijk op de brief. Acht weken.\n- Betaal met een overboeking.\n- Niet eens? Ga in beroep.\n\nDe letter M.',
    );
    expect(portions[0]).toEqual(['Een brief gaat over een boete.', 'Het CJIB int boetes.']);
    expect(portions[1].slice(0, 2)).toEqual(['Wat u nu doet:', 'Kijk op de brief.']);
    expect(portions.every((p) => !p[p.length - 1].endsWith(':'))).toBe(true);
  });

  it("keeps one fine's facts together after the first portion", () => {
    const text = [
      'U heeft 2 boetes.',
      'In totaal moet u nog 551 euro betalen.',
      'Eerste boete: A. Status: Open. Nog te betalen: 262 euro. Uiterste betaaldatum: 26 augustus.',
      'Tweede boete: B. Status: Open. Nog te betalen: 289 euro. Uiterste betaaldatum: 9 december.',
    ].join('\n');
    const portions = spokenPortions(text);
    expect(portions[0]).toEqual(['U heeft 2 boetes.', 'In totaal moet u nog 551 euro betalen.']);
    expect(portions[1][0]).toBe('Eerste boete: A.');
    expect(portions[1]).toHaveLength(4);
    expect(portions[2][0]).toBe('Tweede boete: B.');
  });

  it('says a table whole after the line that introduces it', () => {
    const rows = ['tot 120 euro: 3 maanden.', '120 tot 300 euro: 6 maanden.', '300 tot 450 euro: 9 maanden.'];
    const more = ['450 tot 1250 euro: 12 maanden.', '1250 euro of meer: 18 maanden.'];
    const portions = spokenPortions(
      `Het aantal maanden hangt af van het bedrag:\n${[...rows, ...more].map((r) => `- ${r}`).join('\n')}\n\nU betaalt elke maand. De brief zegt hoeveel.`,
    );
    expect(portions[0]).toEqual(['Het aantal maanden hangt af van het bedrag:', ...rows, ...more]);
    expect(portions[1]).toEqual(['U betaalt elke maand.', 'De brief zegt hoeveel.']);
  });

  it('ends the first part after the direct answer when a heading and its table follow', () => {
    const rows = Array.from({ length: 8 }, (_, i) => `- tot ${i + 1}00 euro: ${i + 3} maanden.`);
    const portions = spokenPortions(
      `Bij 1500 euro zijn dat 18 maanden.\nHet aantal maanden hangt af van het bedrag:\n${rows.join('\n')}\nU betaalt elke maand.`,
    );
    expect(portions[0]).toEqual(['Bij 1500 euro zijn dat 18 maanden.']);
    expect(portions[1][0]).toBe('Het aantal maanden hangt af van het bedrag:');
    expect(portions[1][8]).toBe('tot 800 euro: 10 maanden.');
  });

  it('ends a portion before a list rather than inside it', () => {
    const portions = spokenPortions(
      'Een. Twee.\n1. Punt een. Uitleg.\n2. Punt twee.\n3. Punt drie. Uitleg.\n4. Punt vier.\nSlot. Echt slot.',
    );
    expect(portions[0]).toEqual(['Een.', 'Twee.']);
    expect(portions[1]).toEqual([
      'Punt een.',
      'Uitleg.',
      'Punt twee.',
      'Punt drie.',
      'Uitleg.',
      'Punt vier.',
    ]);
    expect(portions[2]).toEqual(['Slot.', 'Echt slot.']);
  });

  it('keeps a heading with its points in a later portion', () => {
    const portions = spokenPortions(
      'Een. Twee. Drie. Vier. Vijf.\nLet op:\n- A is zo.\n- B is zo.\n- C is zo.',
    );
    expect(portions[portions.length - 1]).toEqual(['Let op:', 'A is zo.', 'B is zo.', 'C is zo.']);
  });

  it('cuts a very long list between its points only', () => {
    const points = Array.from({ length: 6 }, (_, i) => `- Punt ${i + 1}. Uitleg ${i + 1}.`);
    const portions = spokenPortions(`Een. Twee.\n${points.join('\n')}`);
    for (const portion of portions) expect(portion[0]).not.toMatch(/^Uitleg/);
    expect(portions.flat()).toHaveLength(14);
  });

  it('does not cut a list number said as a sentence again ("1. upomnienie")', () => {
    const portions = spokenPortions(
      'Een. Twee.\n- 1. upomnienie: 1,5 raza.\n- 2. upomnienie: 3 razy.\nA. B. C.',
    );
    expect(portions.flat()).toContain('1. upomnienie: 1,5 raza.');
  });
});

describe('the answer to "Wilt u meer weten?"', () => {
  it.each([
    'ja',
    'Ja graag',
    'graag',
    'vertel',
    'meer',
    'ga door',
    'yes please',
    'go on',
    'ja bitte',
    'weiter',
    'tak',
    'dalej',
  ])('"%s" asks for the rest', (text) => {
    expect(asksForNextPart(text) || saysYesToMore(text)).toBe(true);
    expect(saysNoToMore(text)).toBe(false);
  });

  it.each(['nee', 'nee dank u', 'no thanks', 'nein danke', 'nie'])('"%s" declines it', (text) => {
    expect(saysNoToMore(text)).toBe(true);
    expect(asksForNextPart(text) || saysYesToMore(text)).toBe(false);
  });

  it.each(['wat is een noodstop?', 'ja maar hoeveel moet ik betalen', 'meer tijd om te betalen?'])(
    '"%s" is a question of its own',
    (text) => {
      expect(asksForNextPart(text) || saysYesToMore(text) || saysNoToMore(text)).toBe(false);
    },
  );
});
