import {
  type HardshipSituation,
  hardshipSituation,
  showsHardship,
} from '../../domain/handoff/hardshipSituation';
import { DETAINED_NOW, situationFollowUp } from '../../domain/knowledge/enforcementSituations';
import { normalizeQuestion } from '../../domain/knowledge/normalizeQuestion';
import { selectTopic } from '../../domain/knowledge/selectTopic';
import { situationLead } from '../../domain/knowledge/situationLead';

describe('a citizen frightened or unable to pay (hardshipSituation)', () => {
  it.each<[string, HardshipSituation]>([
    ['de deurwaarder staat bij mij voor de deur wat moet ik doen, ik heb geen geld', 'bailiffAtDoor'],
    ['er staat een deurwaarder aan de deur', 'bailiffAtDoor'],
    ['de deurwaarder komt vandaag langs', 'bailiffAtDoor'],
    ['the bailiff is at my door what do i do', 'bailiffAtDoor'],
    ['bailiffs are outside my house right now', 'bailiffAtDoor'],
    ['der Gerichtsvollzieher steht vor der Tür, was soll ich tun?', 'bailiffAtDoor'],
    ['komornik stoi pod drzwiami co mam robić', 'bailiffAtDoor'],
    [
      'ik krijg een brief dat ik gegijzeld word als ik niet betaal!! ik heb geen geld wat nu',
      'detentionFeared',
    ],
    ['ik wil een betalingsregeling maar ik ben bang dat ik gegijzeld word', 'detentionFeared'],
    ['ze dreigen met gijzeling', 'detentionFeared'],
    ['ze gaan me gijzelen en ik heb geen geld', 'detentionFeared'],
    ['they are going to arrest me', 'detentionFeared'],
    ['sie wollen mich verhaften', 'detentionFeared'],
    ['zamkną mnie w areszcie', 'detentionFeared'],
    ["I got a letter saying I will be arrested if I don't pay", 'detentionFeared'],
    ["I'm scared I'll go to jail", 'detentionFeared'],
    ['Ich habe einen Brief bekommen, dass mir Haft droht', 'detentionFeared'],
    ['ich habe Angst vor der Haft', 'detentionFeared'],
    ['dostałem pismo że grozi mi areszt jeśli nie zapłacę', 'detentionFeared'],
    ['boję się aresztu', 'detentionFeared'],
    ['ik moet 550 euro betalen maar ik heb mijn baan verloren', 'incomeLost'],
    ['ik ben mijn werk kwijt en kan de boete niet betalen', 'incomeLost'],
    ['ik ben ontslagen', 'incomeLost'],
    ['ik heb geen werk meer, hoe moet ik dit betalen', 'incomeLost'],
    ['i lost my job and cant pay the fine', 'incomeLost'],
    ['I was laid off last month', 'incomeLost'],
    ['Ich habe meine Arbeit verloren und kann nicht zahlen', 'incomeLost'],
    ['ich bin arbeitslos', 'incomeLost'],
    ['straciłem pracę i nie mogę zapłacić mandatu', 'incomeLost'],
    ['jestem bezrobotny', 'incomeLost'],
    ['zwolnili mnie z pracy i nie mam z czego zapłacić', 'incomeLost'],
    ['my boss fired me last week', 'incomeLost'],
    ['kut cjib… ik heb al 20.000 euro schuld', 'debts'],
    ['ik heb schulden en kan mijn boete echt niet betalen', 'debts'],
    ['I have 20,000 euros of debt', 'debts'],
    ['ich habe so viele Schulden', 'debts'],
    ['mam długi', 'debts'],
  ])('"%s" is %s', (text, situation) => {
    expect(hardshipSituation(text)).toBe(situation);
  });

  it.each([
    // Questions the knowledge base answers as they are (the rules, a specific situation).
    'kan ik gegijzeld worden als ik niet betaal?',
    'wat gebeurt er als ik niet betaal?',
    'hoe vraag ik een noodstop aan?',
    'De gemeente helpt me nu met mijn schulden, kan de noodstop langer?',
    'ik zit in de wsnp, wat betekent dat voor mijn boete?',
    'ik ben mijn brief kwijt',
    'I lost the letter',
    // Deferral asked for: the noodstop's answer (with a person, see showsHardship).
    'jestem bez pracy i mam długi, czy można wstrzymać płatność?',
    'het is niet mijn schuld dat ik te laat was',
    'das ist nicht meine Schuld',
    'mijn broer is opgepakt vanwege boetes',
    'ik heb een brief van de deurwaarder gekregen',
    'kan ik met schulden een betalingsregeling krijgen?',
    "I'm a debt counsellor, how do I contact CJIB for my client",
    // A bailiff's letter as well: the bailiff answer tells what to do (and offers a person).
    "I'm really stressed, I lost my job and there's a bailiff letter",
  ])('"%s" is no such situation', (text) => {
    expect(hardshipSituation(text)).toBeUndefined();
  });

  it('cannot pay, in any words, shows hardship; a question about the rules does not', () => {
    expect(showsHardship('ik heb geen geld')).toBe(true);
    expect(showsHardship('ik kan de boete niet betalen')).toBe(true);
    expect(showsHardship('mijn uitkering is gestopt en nu kan ik niks betalen')).toBe(true);
    expect(showsHardship("I can't afford this fine")).toBe(true);
    expect(showsHardship('ich habe kein Geld')).toBe(true);
    expect(showsHardship('nie stać mnie')).toBe(true);
    expect(showsHardship('komen er tijdens de noodstop verhogingen bij?')).toBe(false);
    expect(showsHardship('wat gebeurt er als ik niet betaal?')).toBe(false);
  });
});

describe('gijzeling feared is not someone detained now', () => {
  it.each([
    'ik wil een betalingsregeling maar ik ben bang dat ik gegijzeld word',
    'ik krijg een brief dat ik gegijzeld word als ik niet betaal',
    'ich habe Angst, dass ich verhaftet werde',
  ])('"%s"', (text) => {
    expect(DETAINED_NOW.test(normalizeQuestion(text))).toBe(false);
  });

  it('someone detained now still is', () => {
    expect(DETAINED_NOW.test(normalizeQuestion('mijn broer is opgepakt vanwege boetes'))).toBe(true);
    expect(DETAINED_NOW.test(normalizeQuestion('my husband was arrested for unpaid fines'))).toBe(true);
  });
});

describe('which bailiff it is (DOMAIN.md §1.9)', () => {
  it.each([
    'wie is de deurwaarder dan? ik heb die brief niet',
    'welke deurwaarder is het?',
    'which bailiff is it?',
    'welcher Gerichtsvollzieher ist das?',
    'który komornik to jest?',
  ])('"%s": the bailiff topic, led by who tells which bailiff it is', (text) => {
    expect(selectTopic('bailiff', text)).toEqual({ kind: 'topic', topicId: 'bailiff_involved' });
    expect(situationLead('bailiff_involved', text)).toBe('bailiffWhich');
  });

  it('the bailiff at the door leads the bailiff answer with "talk to the bailiff now"', () => {
    expect(situationLead('bailiff_involved', 'de deurwaarder staat voor de deur')).toBe('bailiffAtDoor');
    expect(situationLead('bailiff_involved', 'komornik stoi pod drzwiami')).toBe('bailiffAtDoor');
  });

  it('asked right after the bailiff answer, it is that short answer', () => {
    expect(situationFollowUp('bailiff_involved', 'en welke deurwaarder is dat?')).toBe('bailiffWhich');
  });
});
