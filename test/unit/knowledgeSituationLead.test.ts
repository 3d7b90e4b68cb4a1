import { directAnswer } from '../../domain/knowledge/directAnswer';
import { situationLead } from '../../domain/knowledge/situationLead';
import type { TopicId } from '../../domain/knowledge/topics';

describe('situationLead: the situation named in the question, answered first', () => {
  it.each<[TopicId, string, string | undefined]>([
    ['noodstop', 'ik zit in de wsnp', 'noodstopWsnp'],
    ['noodstop', 'ik zit in de schuldsanering', 'noodstopWsnp'],
    ['noodstop', 'I am in debt restructuring, do I still have to pay my fine?', 'noodstopWsnp'],
    ['noodstop', 'ich bin in der Insolvenz, muss ich das Bußgeld noch zahlen?', 'noodstopWsnp'],
    ['noodstop', 'ich bin in der Privatinsolvenz', 'noodstopWsnp'],
    ['noodstop', 'ik heb een bewindvoerder, kan die dit regelen?', 'noodstopGuardian'],
    ['noodstop', 'mam zarządcę, czy on może to załatwić?', 'noodstopGuardian'],
    ['noodstop', 'ik zit in de bijstand', 'noodstopBenefits'],
    ['noodstop', 'ik kan niet betalen', undefined],
    ['enforcement', 'ik ga echt niet betalen', 'enforcementRefuse'],
    ['enforcement', "I'm not going to pay", 'enforcementRefuse'],
    ['enforcement', 'ich werde nicht zahlen', 'enforcementRefuse'],
    ['enforcement', 'ik ga het niet kunnen betalen', undefined],
    // Not being able to pay is no refusal: "a co jeśli nie będę mógł zapłacić?".
    ['enforcement', 'a co jeśli nie będę mógł zapłacić?', undefined],
    ['enforcement', 'nie bede mogla zaplacic', undefined],
    ['enforcement', 'wat gebeurt er als ik niet betaal?', undefined],
    ['strafbeschikking', 'strafbeschikking betalen in delen', 'strafbeschikkingInParts'],
    ['strafbeschikking', 'wat is een strafbeschikking?', undefined],
    ['instalments', 'czy moge placic w ratach bo nie mam pieniedzy', 'instalmentsNoMoney'],
    ['instalments', 'kan ik in termijnen betalen?', undefined],
    ['appeal_and_instalments', 'ik trek mijn beroep in', 'appealWithdraw'],
    ['objection', 'I want to withdraw my appeal', 'appealWithdraw'],
    ['objection', 'ik wil in beroep gaan', undefined],
  ])('%s "%s" → %s', (topicId, text, expected) => {
    expect(situationLead(topicId, text)).toBe(expected);
  });

  it('is the short answer right after that topic, and the debit has its verzet', () => {
    expect(directAnswer('noodstop', 'ik zit in de wsnp')).toBe('noodstopWsnp');
    expect(directAnswer('bank_debit', 'hoe maak ik daar bezwaar tegen?')).toBe('bankDebitObjection');
    expect(directAnswer('bank_debit', 'hoeveel mag er af?')).toBeUndefined();
  });
});
