import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/*
 * Questions about an arrangement request once it is filed, in nl, en, de and pl (folded): whether it
 * can still be withdrawn, whether an e-mail or text message follows (the decision comes by letter,
 * DOMAIN.md §1.10), and whether another fine can be added (not automatically, §1.8).
 */

/** "Kan ik de regeling nog annuleren?", "can I cancel it?", "kann ich den Antrag zurückziehen?", "czy mogę anulować?" */
const WITHDRAW =
  / (annuleren|annuleer|intrekken|trek (\w+ ){0,3}in|terugdraaien|cancel\w*|withdraw\w*|undo|zuruckziehen|zuruckzunehmen|stornieren|widerrufen|anulowac|anuluj\w*|wycofac|wycofanie|cofnac) /;

/** "Krijg ik een mail?", "will I get an email?", "bekomme ich eine E-Mail?", "czy dostanę maila?" */
const MESSAGE =
  / ((krijg|ontvang|krijgen) (ik |we )?(nog |dan |ook )?(een )?(e ?mail|mail|mailtje|sms|bevestiging|bericht)|(get|receive) (an? |any )?(e ?mail|confirmation|text|message)|(bekomme|erhalte|kriege) (ich )?(noch |dann |auch )?(eine )?(e ?mail|mail|bestatigung|sms|nachricht)|(dostane|otrzymam) (\w+ )?(e ?mail\w*|maila|potwierdzenie|sms\w*|wiadomosc)) /;

/** "Ik heb nog een boete, kan die er ook bij?", "can I add another fine?", "kann ich noch ein Bußgeld dazunehmen?" */
const OTHER_FINE =
  / ((nog|nieuwe|andere|tweede) (een )?(boete|bekeuring)|another (fine|ticket)|new (fine|ticket)|other fine|second fine|(noch|weiteres|weitere|neues|anderes) (ein |einen )?(bussgeld|strafzettel)|(kolejny|nowy|jeszcze jeden|inny|drugi) mandat) /;

export function asksToWithdrawFiled(question: string): boolean {
  return WITHDRAW.test(normalizeQuestion(question));
}

export function asksIfMessageFollows(question: string): boolean {
  return MESSAGE.test(normalizeQuestion(question));
}

export function asksToAddOtherFine(question: string): boolean {
  return OTHER_FINE.test(normalizeQuestion(question));
}
