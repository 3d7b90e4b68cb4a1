import { isDistressSignal } from '../../domain/handoff/distressSignal';
import { isSuicidalStatement } from '../../domain/handoff/suicideSignal';

describe('isSuicidalStatement', () => {
  it.each([
    'ik wil niet meer leven, alles gaat mis en nu weer een boete',
    'Ik wil dood',
    'ik maak er een eind aan',
    'ik denk aan zelfmoord door al die schulden',
    'I want to kill myself over these fines',
    "I don't want to live anymore",
    'ich will nicht mehr leben',
    'Ich bringe mich um',
    'nie chcę już żyć',
    'chcę umrzeć przez te mandaty',
  ])('hears a wish to die in %p', (text) => {
    expect(isSuicidalStatement(text)).toBe(true);
    expect(isDistressSignal(text) || isSuicidalStatement(text)).toBe(true);
  });

  it.each([
    'ik zie het niet meer zitten',
    'ik kan niet meer betalen',
    'ik wil een einde aan die aanmaningen',
    'I am desperate, I cannot pay',
    'ich weiß nicht mehr weiter',
    'nie mam już siły',
    'mijn vader is dood en had nog een boete',
  ])('leaves despair or a plain fact to the general answer: %p', (text) => {
    expect(isSuicidalStatement(text)).toBe(false);
  });
});
