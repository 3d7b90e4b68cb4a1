import { abroadAsk } from '../../domain/knowledge/livingAbroad';
import { saysLivingAbroad } from '../../domain/knowledge/residesAbroad';

describe('the citizen says in passing that they live abroad', () => {
  it.each([
    'I was a student in Groningen and went back to the US. I have a fine of 300 euros and I cant afford it',
    'Ich habe kein Geld, ich bin arbeitslos in Deutschland',
    'wróciłem do Polski i nie mam pieniędzy',
    'ik ben terug naar Polen verhuisd en kan niet betalen',
    'I moved back to the UK in august',
    "I'm back in Canada now and can't pay",
    'I live in Spain',
    'jestem teraz w Niemczech i nie mam pracy',
  ])('%s', (text) => {
    expect(saysLivingAbroad(text)).toBe(true);
  });

  it.each([
    'ich bin in Deutschland geblitzt worden und kann nicht zahlen',
    'ik woon in Utrecht en kan niet betalen',
    'I cant pay my fine',
    'ik heb een boete uit Duitsland en kan niet betalen',
    'I was a student in Groningen',
  ])('%s: not said', (text) => {
    expect(saysLivingAbroad(text)).toBe(false);
  });
});

describe('abroad and unable to pay', () => {
  it.each(['Ik woon in België en kan niet betalen', 'I live in Spain and I cannot pay the fine'])(
    '%s: the noodstop topic (fitted for abroad), not how to pay',
    (text) => {
      expect(abroadAsk(text)?.topicId).toBe('noodstop');
    },
  );
});
