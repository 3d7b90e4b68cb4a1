import {
  describeKnowledgeQuestions,
  OUTDATED_FACTS,
  type KnowledgeQuestion as Question,
} from '../support/knowledgeQuestions';

/**
 * A second set of citizens' questions in their own words (typos, lower case, speech, mixed
 * languages, two questions at once) across every fact of DOMAIN.md: paying, deadlines and
 * increases, arrangements, the noodstop, objections and appeals, not the driver, enforcement,
 * scams, contact and privacy. The reply must contain every `has` pattern, in the citizen's
 * language, and none of the `not` patterns (wrong, outdated or invented facts).
 */

/** Facts that are wrong, outdated or unknown wherever they appear (DOMAIN.md §1.2, §2.2, §2.4, §5, §7). */
const NEVER = [...OUTDATED_FACTS, /NL44\s?INGB/i]; // the toll-reminder IBAN is not the account for fines

const SINGLE: Question[] = [
  // Paying: how, where, reference, from abroad, by someone else
  {
    locale: 'nl-NL',
    says: 'naar welk rekeningnummer moet ik de boete overmaken',
    has: [/rekeningnummer op uw brief/, /CJIB-nummer/],
  },
  {
    locale: 'nl-NL',
    says: 'wat moet ik bij omschrijving invullen als ik de boete overmaak?',
    has: [/16 cijfers/, /betalingskenmerk/],
  },
  {
    locale: 'en-GB',
    says: 'can my dad pay the fine for me from his bank account',
    has: [/CJIB number/, /account number on your letter/],
  },
  {
    locale: 'de-DE',
    says: 'wie kann ich die strafe bezahlen? mit iban oder online?',
    has: [/iDEAL/, /CJIB-Nummer/, /Digitaal Loket/],
  },
  {
    locale: 'pl-PL',
    says: 'jak zapłacić mandat z holandii przelewem z polski',
    has: [/IBAN/, /w euro/, /numer CJIB/],
  },
  {
    locale: 'en-GB',
    says: 'im in spain atm, how do i pay the dutch speeding ticket? i dont have digid',
    has: [/IBAN/, /in euros/, /do not need DigiD/],
  },
  {
    locale: 'nl-NL',
    says: 'ik heb 2 boetes, kan ik die samen in 1 overboeking betalen?',
    has: [/Betaal elke boete apart/],
  },
  {
    locale: 'nl-NL',
    says: 'kan ik gewoon met ideal betalen of met die qr code',
    has: [/iDEAL/, /QR-code/],
  },
  {
    locale: 'nl-NL',
    says: 'per ongeluk 2 keer betaald, krijg ik mijn geld terug?',
    has: [/contact op met het CJIB/],
  },
  {
    locale: 'de-DE',
    says: 'Ich habe mit der falschen Nummer überwiesen, was jetzt?',
    has: [/wenden Sie sich an das CJIB/, /falschen Bußgeld zugeordnet/],
  },
  // Deadlines and increases
  {
    locale: 'nl-NL',
    says: 'hoeveel weken heb ik om een verkeersboete te betalen',
    has: [/8 weken/],
  },
  {
    locale: 'pl-PL',
    says: 'ile kosztuje upomnienie? mandat był 100 euro',
    has: [/1,5 raza/, /3 razy/],
  },
  {
    locale: 'en-GB',
    says: 'fine was 80 euro now they want 240, is that even legal??',
    has: [/3 times the original fine/, /set by law/],
  },
  {
    locale: 'de-DE',
    says: 'warum ist meine strafe nach der mahnung so viel höher geworden',
    has: [/1,5-Fache/, /3-Fache/],
  },
  {
    locale: 'nl-NL',
    says: 'wat is een verhoging precies en hoeveel komt erbij',
    has: [/1,5 keer de oorspronkelijke boete/, /3 keer de oorspronkelijke boete/],
  },
  {
    locale: 'en-GB',
    says: 'what does verhoging mean on my letter',
    has: [/1\.5 times/, /3 times/],
  },
  {
    locale: 'pl-PL',
    says: 'mam aanmaning z cjib, dlaczego kwota jest wyższa?',
    has: [/1,5 raza/, /3 razy/],
  },
  {
    locale: 'nl-NL',
    says: 'ik heb een strafbeschikking, wat als ik die te laat betaal',
    has: [/€ 15/, /20%/, /minstens € 30/],
    not: [/1,5 keer/],
  },
  {
    locale: 'en-GB',
    says: 'can i get more time to pay my fine?',
    has: [/8 weeks/, /payment arrangement/, /4 months/],
  },
  {
    locale: 'pl-PL',
    says: 'czy mogę zapłacić mandat później, dopiero w przyszłym miesiącu?',
    has: [/8 tygodni/, /4 miesiące/],
  },
  {
    locale: 'de-DE',
    says: 'Wie hoch sind die Verwaltungskosten?',
    has: [/steht in Ihrem Schreiben/],
  },
  // Arrangement conditions
  {
    locale: 'nl-NL',
    says: 'vanaf welk bedrag kan je een betalingsregeling krijgen',
    has: [/minstens € 75/, /zonder de administratiekosten/],
  },
  {
    locale: 'en-GB',
    says: 'whats the minimum amount for a payment plan',
    has: [/at least EUR 75/, /without the administration costs/],
  },
  {
    locale: 'de-DE',
    says: 'wie viele monate bekomme ich bei 1500 euro',
    has: [/18 Monate/],
  },
  {
    locale: 'pl-PL',
    says: 'na ile miesięcy mogę rozłożyć 500 euro?',
    has: [/12 mies/],
  },
  {
    locale: 'en-GB',
    says: 'how many months can i spread 5000 euros over',
    has: [/36 months/],
  },
  {
    locale: 'nl-NL',
    says: 'mijn vorige regeling heb ik niet afgemaakt, kan ik nu wel weer een regeling krijgen?',
    has: [/precies/],
  },
  {
    locale: 'nl-NL',
    says: 'boete is 50 euro kan ik dat in termijnen betalen',
    has: [/lager dan € 75/, /niet mogelijk/],
  },
  {
    locale: 'pl-PL',
    says: 'raty są za wysokie, nie dam rady płacić tyle co miesiąc',
    has: [/indywidualny plan ratalny/, /dochodów/],
  },
  {
    locale: 'de-DE',
    says: 'Ich zahle schon in Raten, jetzt kam noch ein neues Bußgeld dazu',
    has: [/nicht automatisch/, /wenden Sie sich an das CJIB/],
  },
  {
    locale: 'en-GB',
    says: 'how long before i hear if my payment plan is approved?',
    has: [/letter/],
    not: [/\b\d+ (working )?(days|weeks)\b/],
  },
  {
    locale: 'pl-PL',
    says: 'zapomniałem zapłacić raty w tym miesiącu, co teraz?',
    has: [/jak najszybciej/, /upomnienie/],
  },
  {
    locale: 'en-GB',
    says: 'can i get a betalingsregeling?',
    has: [/at least EUR 75/, /36 months/],
  },
  // Noodstop and debt help
  {
    locale: 'nl-NL',
    says: 'ik zit in de schuldhulp, moet ik de boete dan nog betalen?',
    has: [/noodstop/, /4 maanden/, /8 maanden/],
  },
  {
    locale: 'en-GB',
    says: 'i have huge debts and no income, i cant pay the cjib at all',
    has: [/emergency stop/, /4 months/, /municipality/],
  },
  {
    locale: 'de-DE',
    says: 'ich bin arbeitslos und kann die strafe nicht zahlen',
    has: [/Notstopp/, /4 Monate/, /Gemeinde/],
  },
  {
    locale: 'pl-PL',
    says: 'jestem bez pracy i mam długi, czy można wstrzymać płatność?',
    has: [/4 miesiące/, /gminy/],
  },
  {
    locale: 'nl-NL',
    says: 'wat is een noodstop eigenlijk',
    has: [/4 maanden/, /8 maanden/, /gemeente/],
  },
  {
    locale: 'de-DE',
    says: 'Was ist eine noodstop?',
    has: [/4 Monate/, /8 Monate/],
  },
  {
    locale: 'en-GB',
    says: 'do increases still get added during the emergency stop?',
    has: [/no new increases/],
  },
  // Objection and appeal
  {
    locale: 'nl-NL',
    says: 'hoe maak ik bezwaar tegen een flitsboete',
    has: [/officier van justitie/, /Parket CVOM/, /binnen 6 weken/],
  },
  {
    locale: 'en-GB',
    says: 'i want to dispute this ticket, the sign was hidden behind a tree',
    has: [/public prosecutor/, /within 6 weeks/],
  },
  {
    locale: 'de-DE',
    says: 'Entscheidet das CJIB über meinen Einspruch?',
    has: [/entscheidet nicht über Ihren Einspruch/, /Staatsanwaltschaft/],
  },
  {
    locale: 'pl-PL',
    says: 'gdzie wysłać odwołanie od mandatu? jaki adres?',
    has: [/Postbus 50\.000/, /CVOM/],
  },
  {
    locale: 'nl-NL',
    says: 'de officier van justitie heeft mijn beroep afgewezen, wat nu?',
    has: [/kantonrechter/, /binnen 6 weken/, /zekerheid/],
  },
  {
    locale: 'en-GB',
    says: 'can i appeal the ruling of the subdistrict court on my speeding fine',
    has: [/court of appeal/, /EUR 70/],
  },
  {
    locale: 'nl-NL',
    says: 'hoelang duurt het voordat ik hoor of mijn bezwaar is goedgekeurd',
    has: [/16 weken/],
  },
  {
    locale: 'de-DE',
    says: 'Muss ich zahlen, solange mein Einspruch läuft?',
    has: [/noch nicht zahlen/, /16 Wochen/],
  },
  {
    locale: 'de-DE',
    says: 'Ich bin mit dem Bußgeld nicht einverstanden und will auch in Raten zahlen, geht das?',
    has: [/keine Ratenzahlung/, /neu beantragen/],
  },
  // Not the driver, wrong plate, car sold, lease and company cars
  {
    locale: 'nl-NL',
    says: 'auto 2 maanden geleden verkocht maar de koper heeft hem niet overgeschreven',
    has: [/vrijwaringsbewijs/],
  },
  {
    locale: 'nl-NL',
    says: 'op de boete staat een verkeerd kenteken, dat is niet mijn auto',
    has: [/in beroep/, /6 weken/],
  },
  {
    locale: 'en-GB',
    says: 'the licence plate on the fine is wrong, its not my car',
    has: [/appeal/, /6 weeks/],
  },
  {
    locale: 'en-GB',
    says: 'the lease company passed a speeding fine on to me, do i have to pay it?',
    has: [/lease/, /in your own name|in his or her own name/],
  },
  {
    locale: 'nl-NL',
    says: 'mijn auto is gestolen en nu krijg ik boetes',
    has: [/gestolen/, /in beroep/],
  },
  {
    locale: 'de-DE',
    says: 'Firmenwagen geblitzt, wie kann ich das Foto sehen?',
    has: [/Digitaal Loket/, /eigenen DigiD/, /SMS/],
  },
  {
    locale: 'pl-PL',
    says: 'samochód służbowy, jak zobaczyć zdjęcie z fotoradaru',
    has: [/Digitaal Loket/, /SMS/],
  },
  {
    locale: 'de-DE',
    says: 'Ich hatte einen Mietwagen in Amsterdam, jetzt hat die Vermietung mir ein Bußgeld weitergeleitet',
    has: [/[Vv]ermiet/, /eigenen Namen/],
  },
  // What happens if you don't pay
  {
    locale: 'nl-NL',
    says: 'kan ik de gevangenis in als ik mijn boete niet betaal',
    has: [/maximaal 7 dagen/, /schuld blijft/],
  },
  {
    locale: 'en-GB',
    says: 'what is a dwangbevel',
    has: [/bailiff/, /dwangbevel/],
  },
  {
    locale: 'de-DE',
    says: 'können die meinen führerschein einziehen?',
    has: [/Führerschein/, /4 Wochen/],
  },
  {
    locale: 'pl-PL',
    says: 'czy mogą mi zająć pensję za mandat?',
    has: [/beslagvrije voet/],
  },
  {
    locale: 'nl-NL',
    says: 'kunnen ze beslag leggen op mn loon',
    has: [/beslagvrije voet/],
  },
  {
    locale: 'en-GB',
    says: 'they put a clamp on my car because of fines??',
    has: [/immobilis/, /4 weeks/],
  },
  {
    locale: 'de-DE',
    says: 'Ein Gerichtsvollzieher hat mir geschrieben, was soll ich tun?',
    has: [/Gerichtsvollzieher, der im Schreiben genannt ist/],
  },
  {
    locale: 'nl-NL',
    says: 'wat is vervangende hechtenis',
    has: [/7 dagen/],
  },
  // Scam and phishing
  {
    locale: 'nl-NL',
    says: 'ik kreeg een mail van het cjib met een betaallink, is die echt?',
    has: [/nooit een boete of aanmaning via e-mail, sms of WhatsApp/, /Klik niet op de link/],
  },
  {
    locale: 'en-GB',
    says: 'got a text saying pay your cjib fine within 24 hours or the bailiff comes',
    has: [/never sends fines or reminders by e-mail, SMS or WhatsApp/, /Fraudehelpdesk/],
  },
  {
    locale: 'de-DE',
    says: 'Ich habe eine SMS vom CJIB bekommen, ich soll 89 Euro zahlen. Ist das Betrug?',
    has: [/nie per E-Mail, SMS oder WhatsApp/, /Fraudehelpdesk/],
  },
  {
    locale: 'pl-PL',
    says: 'dostałem smsa od cjib z linkiem do zapłaty, czy to oszustwo',
    has: [/nigdy nie wysyła/, /nie klikać/],
  },
  {
    locale: 'nl-NL',
    says: 'sturen jullie ook boetes via whatsapp?',
    has: [/nooit een boete of aanmaning via e-mail, sms of WhatsApp/],
  },
  // Contact and opening hours
  {
    locale: 'nl-NL',
    says: 'wat zijn jullie openingstijden',
    has: [/maandag tot en met vrijdag, 8\.00 tot 17\.00 uur/],
  },
  {
    locale: 'en-GB',
    says: 'whats your email address',
    has: [/cannot be reached by e-mail/],
  },
  {
    locale: 'de-DE',
    says: 'Wie kann ich das CJIB telefonisch erreichen?',
    has: [/cjib\.nl\/telefoonnummers/],
  },
  {
    locale: 'pl-PL',
    says: 'jaki jest numer telefonu do cjib z zagranicy',
    has: [/\+31 58 234 20 47/],
  },
  {
    locale: 'nl-NL',
    says: 'zijn jullie in het weekend bereikbaar?',
    has: [/maandag tot en met vrijdag/],
  },
  // Privacy and complaints
  {
    locale: 'en-GB',
    says: 'who do you share my data with',
    has: [/police/, /RDW/],
  },
  {
    locale: 'nl-NL',
    says: 'mag het cjib zomaar mijn bsn gebruiken',
    has: [/burgerservicenummer \(BSN\)/],
  },
  {
    locale: 'de-DE',
    says: 'Kann ich meine Daten beim CJIB löschen lassen?',
    has: [/löschen/, /gesetzlich länger aufbewahren/],
  },
  {
    locale: 'pl-PL',
    says: 'co robicie z moimi danymi osobowymi?',
    has: [/BSN/, /usunięcie danych/],
  },
  {
    locale: 'nl-NL',
    says: 'ik wil een klacht indienen over hoe ik aan de telefoon behandeld ben',
    has: [/Nationale ombudsman/, /0800 33 55 555/],
  },
  {
    locale: 'de-DE',
    says: 'Wo kann ich mich über das CJIB beschweren?',
    has: [/Nationale ombudsman/, /0800 33 55 555/],
  },
  // Victims, lost letter, wrong address, abroad
  {
    locale: 'en-GB',
    says: 'im a victim, the court said the offender has to pay me compensation. when do i get my money?',
    has: [/8 months/, /0900 753 75 37/],
  },
  {
    locale: 'pl-PL',
    says: 'zgubiłem list z cjib, jak teraz zapłacić?',
    has: [/Digitaal Loket/, /DigiD/],
  },
  {
    locale: 'en-GB',
    says: 'i keep getting cjib letters for someone who moved out years ago',
    has: [/unopened/, /Geadresseerde woont hier niet - retour afzender/],
  },
  {
    locale: 'nl-NL',
    says: 'ik heb een boete uit duitsland gekregen via het cjib, kan ik daar bezwaar tegen maken?',
    has: [/alleen bezwaar maken in het land dat de boete gaf/],
  },
  {
    locale: 'de-DE',
    says: 'Ich wohne in Österreich, was passiert wenn ich das Bußgeld aus Holland nicht bezahle?',
    has: [/2 Mahnungen/, /opsporingsregister/],
  },
  // Two questions at once
  {
    locale: 'nl-NL',
    says: 'hoe lang heb ik om te betalen en kan het ook in termijnen?',
    has: [/8 weken/, /betalingsregeling/],
  },
  {
    locale: 'en-GB',
    says: 'my fine went up after a reminder, can i still get a payment plan?',
    has: [/payment arrangement/],
  },
  {
    locale: 'pl-PL',
    says: 'jaki jest numer konta cjib',
    has: [/numer konta podany w piśmie/, /numer CJIB/],
  },
  {
    locale: 'en-GB',
    says: 'can i pay with a credit card',
    has: [/iDEAL/, /bank transfer/],
  },
  {
    locale: 'en-GB',
    says: 'i didnt pay one instalment last month what happens',
    has: [/as soon as possible/, /reminder/],
  },
  {
    locale: 'de-DE',
    says: 'Die Staatsanwaltschaft hat meinen Einspruch abgelehnt, was nun?',
    has: [/Amtsrichter/, /innerhalb von 6 Wochen/, /Sicherheit/],
  },
  {
    locale: 'en-GB',
    says: 'i got a fine for a company car, who has to pay it',
    has: [/owner liability/, /lease/],
  },
  {
    locale: 'nl-NL',
    says: 'kan ik kwijtschelding krijgen van mijn boete',
    has: [/noodstop/, /4 maanden/],
  },
  {
    locale: 'en-GB',
    says: 'what happens if i never pay',
    has: [/1\.5 times/, /bank account/, /bailiff/],
  },
  {
    locale: 'pl-PL',
    says: 'co jeśli nigdy nie zapłacę mandatu',
    has: [/komornik/, /7 dni/],
  },
  {
    locale: 'en-GB',
    says: 'cjib took 500 euro from my account without asking',
    has: [/article 27 Wahv/, /at most EUR 500/, /within 6 weeks/],
  },
  {
    locale: 'nl-NL',
    says: 'hoeveel mag het cjib van mijn rekening afhalen',
    has: [/maximaal € 500/, /maximaal 2 keer/],
  },
  {
    locale: 'nl-NL',
    says: 'hoe weet ik of een brief echt van het cjib is',
    has: [/per brief/, /Digitaal Loket/],
  },
  {
    locale: 'en-GB',
    says: 'i already paid through a link in a text, what do i do now',
    has: [/Contact your bank straight away/],
  },
  {
    locale: 'nl-NL',
    says: 'hoelang duurt t voor de ovj beslist',
    has: [/16 weken/],
  },
  {
    locale: 'nl-NL',
    says: 'ik heb een taakstraf niet gedaan, wat nu',
    has: [/vervangende hechtenis/, /1 dag per 2 uur/],
  },
  {
    locale: 'nl-NL',
    says: 'wat betekent de letter M op mijn brief',
    has: [/M: verkeersboete/, /O: strafbeschikking/],
  },
  {
    locale: 'de-DE',
    says: 'Was bedeutet der Buchstabe E in meinem Schreiben?',
    has: [/E: europäisches Bußgeld/],
  },
  {
    locale: 'pl-PL',
    says: 'co oznacza litera W w piśmie z cjib?',
    has: [/W: środek kompensacyjny/],
  },
  {
    locale: 'en-GB',
    says: 'my letter says T, what kind of fine is that',
    has: [/T: transaction proposal/],
  },
  {
    locale: 'en-GB',
    says: 'i cant afford the monthly payments anymore what do i do',
    has: [/personal payment arrangement/, /proof/],
  },
  {
    locale: 'nl-NL',
    says: 'moet ik bewijsstukken meesturen voor een persoonlijke regeling',
    has: [/bewijsstukken/, /loonstrook of uitkering/, /bankafschriften/],
  },
  {
    locale: 'de-DE',
    says: 'Der Brief ist für den Vormieter',
    has: [/ungeöffnet/, /Geadresseerde woont hier niet - retour afzender/],
  },
  {
    locale: 'pl-PL',
    says: 'czy potrzebuję DigiD, żeby zapłacić z Polski?',
    has: [/DigiD nie jest do tego potrzebny/, /IBAN/],
  },
  {
    locale: 'en-GB',
    says: 'got a belgian speeding ticket via cjib can i appeal in the netherlands',
    has: [/only object in the country that gave the fine/],
  },
  // Two questions in one message: both answered
  {
    locale: 'nl-NL',
    says: 'kan ik betalen met ideal en hoe lang heb ik',
    has: [/iDEAL/, /8 weken/],
  },
  {
    locale: 'en-GB',
    says: 'how do i pay and whats the deadline',
    has: [/8 weeks/, /bank transfer/, /CJIB number/],
  },
  {
    locale: 'de-DE',
    says: 'Wie kann ich bezahlen und bis wann muss ich zahlen?',
    has: [/8 Wochen/, /iDEAL/],
  },
  {
    locale: 'pl-PL',
    says: 'jak zapłacić i ile mam czasu?',
    has: [/8 tygodni/, /numer konta podany w piśmie/],
  },
  {
    locale: 'nl-NL',
    says: 'ik wil bezwaar maken en de foto zien',
    has: [/Digitaal Loket/, /binnen 6 weken/, /Parket CVOM/],
  },
  {
    locale: 'nl-NL',
    says: 'ja hallo ik bel even over mijn boete want die is veel te hoog geworden',
    has: [/1,5 keer/, /3 keer/],
  },
  {
    locale: 'nl-NL',
    says: 'ik ben onder de 16, hoeveel zekerheid moet ik betalen',
    has: [/€ 112,50 plus de administratiekosten/, /€ 225 plus de administratiekosten/],
  },
  {
    locale: 'en-GB',
    says: 'can i ask to be heard when i appeal my speeding fine?',
    has: [/ask to be heard/, /within 6 weeks/],
  },
  {
    locale: 'nl-NL',
    says: 'Goedemorgen, ik heb gisteren een brief gekregen van het CJIB met een boete van 280 euro. Ik heb op dit moment echt geen geld omdat ik net ben gescheiden. Wat kan ik het beste doen?',
    has: [/noodstop/, /4 maanden/],
    not: [/nep/],
  },
  {
    locale: 'de-DE',
    says: 'Guten Tag, ich habe letzte Woche eine Mahnung bekommen, obwohl ich die Strafe schon vor einem Monat überwiesen habe. Was ist da los?',
    has: [/wenden Sie sich an das CJIB/, /richtige CJIB-Nummer/],
  },
  {
    locale: 'pl-PL',
    says: 'dostałem maila z cjib z linkiem, czy to prawda?',
    has: [/nigdy nie wysyła/, /nie klikać/],
  },
  {
    locale: 'nl-NL',
    says: 'er belde iemand namens het cjib dat ik direct moest betalen',
    has: [/per brief/, /Digitaal Loket/],
  },
  {
    locale: 'nl-NL',
    says: 'ik heb per ongeluk op de link geklikt en betaald',
    has: [/meteen contact op met uw bank/],
  },
  {
    locale: 'de-DE',
    says: 'welchen Verwendungszweck muss ich angeben',
    has: [/16 Ziffern/, /oben rechts/],
  },
  {
    locale: 'en-GB',
    says: 'they clamped and towed my car, where is my car now??',
    has: [/Domeinen Roerende Zaken/, /if you pay in time you get it back/],
  },
  {
    locale: 'nl-NL',
    says: 'gebruikt het cjib algoritmes om over mij te beslissen?',
    has: [/algoritmeregister/],
  },
  {
    locale: 'de-DE',
    says: 'Ich kann nur 20 Euro im Monat zahlen, geht das?',
    has: [/persönliche Ratenzahlung/, /Nachweise/],
    not: [/ist eine Ratenzahlung nicht möglich/],
  },
  {
    locale: 'pl-PL',
    says: 'czy mogę płacić 20 euro miesięcznie?',
    has: [/co najmniej 75 EUR/],
    not: [/rozłożenie na raty nie jest możliwe/],
  },
  {
    locale: 'nl-NL',
    says: 'ik zit in de wsnp, moet ik de cjib boete nog betalen',
    has: [/noodstop/, /4 maanden/],
  },
  {
    locale: 'en-GB',
    says: 'is cjib on whatsapp',
    has: [/never sends fines or reminders by e-mail, SMS or WhatsApp/],
  },
  {
    locale: 'de-DE',
    says: 'Schickt das CJIB SMS?',
    has: [/nie per E-Mail, SMS oder WhatsApp/],
  },
  {
    locale: 'en-GB',
    says: 'got a message saying my fine is overdue, click here to pay',
    has: [/never sends fines or reminders by e-mail, SMS or WhatsApp/, /Do not click the link/],
  },
  {
    locale: 'de-DE',
    says: 'Ich habe eine verdächtige Nachricht bekommen',
    has: [/nie per E-Mail, SMS oder WhatsApp/, /Fraudehelpdesk/],
  },
  {
    locale: 'nl-NL',
    says: 'ik ben het niet eens met hoe het cjib mij behandelt',
    has: [/Nationale ombudsman/, /eerst contact op met het CJIB/],
    not: [/binnen 6 weken/],
  },
  {
    locale: 'nl-NL',
    says: 'mijn regeling is gestopt omdat ik te laat was, wat nu',
    has: [/niet precies aan/, /Een medewerker kijkt met u mee/],
  },
  {
    locale: 'de-DE',
    says: 'Wie überweise ich das Bußgeld aus Österreich?',
    has: [/IBAN/, /in Euro/, /CJIB-Nummer als Verwendungszweck/],
  },
  {
    locale: 'de-DE',
    says: 'Ab welchem Betrag kann ich Raten beantragen?',
    has: [/mindestens 75 €/, /ohne Verwaltungskosten/],
  },
  {
    locale: 'de-DE',
    says: 'Ich habe ein Bußgeld aus Österreich bekommen, kann ich Einspruch einlegen?',
    has: [/nur in dem Land einlegen, das das Bußgeld verhängt hat/],
    not: [/Parket CVOM/],
  },
  {
    locale: 'nl-NL',
    says: 'moet ik de administratiekosten ook betalen als ik bezwaar maak',
    has: [/hoeft u nog niet te betalen/, /16 weken/],
  },
  // Not known from DOMAIN.md: said honestly, no invented period or amount
  {
    locale: 'en-GB',
    says: 'how long does it take for my payment plan request to be processed',
    has: [/cannot say for certain how long/],
    not: [/\b\d+ (working )?(days|weeks)\b/],
  },
  {
    locale: 'nl-NL',
    says: 'gaan de verhogingen door terwijl ik op de beslissing over mijn regeling wacht?',
    has: [/niet met zekerheid zeggen/, /Vraag het dan aan het CJIB/],
  },
  {
    locale: 'nl-NL',
    says: 'hoe hoog is de boete voor door rood rijden',
    has: [/geen betrouwbare informatie/, /medewerker/],
    not: [/€\s?\d/],
  },
  {
    locale: 'pl-PL',
    says: 'ile wynosi mandat za przekroczenie prędkości o 20 km/h?',
    has: [/wiarygodnych informacji/, /pracownik/],
    not: [/\d+\s?EUR/],
  },
  {
    locale: 'nl-NL',
    says: 'mijn vader is overleden en er ligt nog een boete van hem, moeten wij die betalen',
    has: [/geen betrouwbare informatie/, /medewerker/],
  },
  {
    locale: 'en-GB',
    says: 'does a cjib fine ever lapse, like a statute of limitations?',
    has: [/do not have reliable information/, /member of staff/],
  },
  // Not in DOMAIN.md: no invented amounts
  {
    locale: 'nl-NL',
    says: 'hoe hoog is de boete als mijn auto niet verzekerd is',
    has: [/geen betrouwbare informatie/, /medewerker/],
    not: [/€\s?\d/],
  },
  {
    locale: 'en-GB',
    says: 'how much is the fine for an expired apk',
    has: [/do not have reliable information/, /member of staff/],
    not: [/EUR\s?\d/],
  },
];

/** Follow-ups that lean on the answer just given, whatever the recogniser makes of them. */
const CONVERSATIONS: { name: string; locale: Question['locale']; turns: Omit<Question, 'locale'>[] }[] = [
  {
    name: 'an objection, then paying in the meantime (de)',
    locale: 'de-DE',
    turns: [
      { says: 'Ich bin mit dem Bußgeld nicht einverstanden', has: [/innerhalb von 6 Wochen/] },
      { says: 'Muss ich in der Zwischenzeit zahlen?', has: [/noch nicht zahlen/, /16 Wochen/] },
    ],
  },
  {
    name: 'an objection, then what if the officier rejects it (nl)',
    locale: 'nl-NL',
    turns: [
      { says: 'ik wil bezwaar maken', has: [/binnen 6 weken/] },
      { says: 'en als de officier het afwijst?', has: [/kantonrechter/, /zekerheid/] },
    ],
  },
  {
    name: 'compensation for a victim, then how long that takes (en)',
    locale: 'en-GB',
    turns: [
      { says: 'im a victim waiting for compensation', has: [/8 months/] },
      { says: 'how long does that take?', has: [/8 months/], not: [/8 weeks/] },
    ],
  },
  {
    name: 'a fine that went up, then what comes after (pl)',
    locale: 'pl-PL',
    turns: [
      { says: 'dlaczego mandat jest wyższy?', has: [/1,5 raza/] },
      { says: 'a co potem?', has: [/komornik/, /beslagvrije voet/] },
    ],
  },
];

describeKnowledgeQuestions('more knowledge questions in citizens’ own words', {
  never: NEVER,
  single: SINGLE,
  conversations: CONVERSATIONS,
});
