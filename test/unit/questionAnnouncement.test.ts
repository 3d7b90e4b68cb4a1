import { announcesQuestion } from '../../domain/language/questionAnnouncement';

describe('announcesQuestion: a question announced, not yet asked', () => {
  it.each([
    'nog één vraag',
    'Nog 1 vraagje',
    'ik heb nog een vraag',
    'wacht, ik heb nog een vraag',
    'Ik heb nog een vraag voordat u het verstuurt',
    'mag ik nog iets vragen?',
    'one more question',
    'I have one more question',
    'wait, I still have a question',
    'can I ask you something first?',
    'noch eine Frage',
    'Ich habe noch eine Frage',
    'Moment, eine Frage noch',
    'jeszcze jedno pytanie',
    'mam jeszcze pytanie',
    'Mam jeszcze jedno pytanie',
    'ale najpierw jeszcze jedno pytanie',
    'czy mogę jeszcze o coś zapytać?',
  ])('"%s"', (message) => expect(announcesQuestion(message)).toBe(true));

  it.each([
    'nog één vraag: komt er rente bij?',
    'ik heb een vraag over mijn boete',
    'I have a question about the photo',
    'one more question, what if I miss a payment?',
    'Ich habe eine Frage zur Zahlung',
    'mam pytanie o mandat',
    'jeszcze jedno pytanie, czy mogę zapłacić wcześniej?',
    'ja',
    'tak wyslij',
    'hoe betaal ik?',
    'nog niet',
  ])('"%s" is not (a question itself, or an answer)', (message) =>
    expect(announcesQuestion(message)).toBe(false),
  );
});
