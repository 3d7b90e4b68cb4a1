import { selectTopic } from '../../domain/knowledge/selectTopic';

/** Polish "długo" (long) is no "dług" (debt): "jak długo mam czas?" is not the noodstop. */
describe('the noodstop cue: dług, not długo', () => {
  it.each(['jak długo mam czas na zapłatę?', 'jak długo to trwa?'])('"%s" is not the noodstop', (text) => {
    const selection = selectTopic('payment_deadline', text);
    expect(selection).not.toEqual({ kind: 'topic', topicId: 'noodstop' });
  });

  it.each(['mam długi i nie mogę zapłacić', 'mam dług'])('"%s" still is', (text) => {
    expect(selectTopic('cannot_pay', text)).toEqual({ kind: 'topic', topicId: 'noodstop' });
  });
});
