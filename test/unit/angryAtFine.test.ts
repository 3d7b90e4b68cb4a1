import { angryAtFine } from '../../domain/knowledge/angryAtFine';

describe('angryAtFine', () => {
  it.each([
    'this is ridiculous, I got fined 300 euros for driving 35 over on an empty motorway as a tourist, you people are thieves',
    'what a rip-off, 200 euro ticket for 10 km over, you lot are crooks',
    'zdzierstwo, 200 euro mandatu za 10 km/h, złodzieje',
    'belachelijk, 300 euro boete voor 35 te hard, dieven',
    'lächerlich, 300 Euro Bußgeld, ihr Diebe',
  ])('anger at a fine: "%s"', (text) => expect(angryAtFine(text)).toBe(true));

  it.each([
    'you are thieves',
    'is this text message about a fine a scam? thieves!',
    'how do I pay my fine?',
    'I got fined 300 euros, can I pay in instalments?',
  ])('not anger at a fine: "%s"', (text) => expect(angryAtFine(text)).toBe(false));
});
