import { asksIfAssistantIsHuman } from '../../domain/language/assistantIdentity';

describe('a question whether the assistant is a person', () => {
  it.each([
    'praat ik met een robot?',
    'ben ik met een echt persoon aan het chatten?',
    'Bin ich gerade mit einem Bot verbunden?',
    'are you even real?',
    'Ben je een echt persoon?',
    'is dit een chatbot',
    'ben jij een mens of een computer?',
    'Is this a bot or a real person?',
    'are you human?',
    'am I talking to a real person?',
    'Bist du ein Roboter?',
    'Spreche ich mit einem Menschen?',
    'czy rozmawiam z botem?',
    'Czy jesteś człowiekiem?',
  ])('%s', (text) => {
    expect(asksIfAssistantIsHuman(text)).toBe(true);
  });

  it.each([
    'ik wil een mens spreken',
    'is this real? I got a text message about a fine',
    'I want to talk to a real person',
    'can I speak to a human please',
    'Ich möchte mit einem Menschen sprechen',
    'chcę rozmawiać z człowiekiem',
    'is dit een boete van het CJIB?',
    'is this a fine from the Netherlands?',
  ])('not in %s', (text) => {
    expect(asksIfAssistantIsHuman(text)).toBe(false);
  });
});
