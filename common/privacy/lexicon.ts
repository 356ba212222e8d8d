/*
 * The words around personal data: titles and kinship words before a name, words that are capitalised but never a
 * name, institution words that turn a person's name into the name of a place. All entries are folded
 * (normalize.ts: lower case, no diacritics), so "Herr"/"HERR" and "السيدة"/"السيده" are one entry.
 */
import { foldName } from './normalize';

const set = (text: string) => new Set(text.split(/\s+/).filter(Boolean).map(foldName));

/** A capitalised word after one of these is a name, whatever it is ("Frau Yılmaz", "Familie Berisha", "Mr Okonkwo"). */
export const titleCues = set(`
  frau herr herrn hr fr fam familie familien-name mr mrs ms miss mister madame monsieur sir bayan bay sayın pan pani
  госпожа госпожи госпоже господин господина господину г-н г-жа гражданин гражданка пани пан пана пану панi пані
  السيد السيدة الأستاذ الأستاذة الدكتور الدكتورة عائلة أسرة آل آقای خانم
`);
/** Academic and professional titles, skipped between a title and the name ("Frau Dr. Becker"). */
export const academicTitles = set('dr doktor prof professor dipl ing mag med dent phil rer nat jur habil');
/** After these, a known name is a name even when it is also a word ("meine Tochter Rose"). */
export const kinCues = set(`
  sohn sohnes tochter kind enkel enkelin enkelsohn enkeltochter neffe nichte bruder schwester mann ehemann ehefrau
  partner partnerin freund freundin mutter vater mama papa mami papi oma opa tante onkel cousin cousine nachbar
  nachbarin junge jungen mädchen baby pflegekind pflegesohn pflegetochter stiefsohn stieftochter zwillinge
  geschwister kleine kleinen kleiner nachbarskinder kinder eltern schüler schülerin klient klientin
  son daughter child kid boy girl husband wife brother sister grandson granddaughter niece nephew neighbour neighbor
  friend little
  oğlum kızım oğlumuz kızımız çocuğum çocuğumuz eşim kardeşim torunum annem babam ablam abim komşum arkadaşım
  ابني ابنتي ابننا ابنتنا طفلي طفلتي زوجي زوجتي أخي أختي بنتي ولدي جاري جارتي حفيدي حفيدتي الطفل الطفلة
  сын сына сыну сыном дочь дочка дочку дочери ребенок ребёнок муж жена брат сестра внук внучка племянник племянница
  сосед соседка мальчик девочка мальчика девочки
  син сина сину донька доньку дочка дитина дружина чоловік онук онука хлопчик дівчинка сусід сусідка
`);
/** Kin words that take "von" before the name ("die Mutter von Lena", "Oma von Marie"). */
export const kinOfCues = set('mutter vater mama papa oma opa eltern tochter sohn bruder schwester enkelin enkel tante onkel freundin freund nachbarin nachbar cousine cousin familie');
/** "heißt Mia", "namens Leon", "зовут Артём": the next capitalised word is a name. */
export const namingCues = set(`
  heißt heiße heißen hieß namens genannt named called adı ismi зовут звать звали звати имени імені ім'я імя
  اسمه اسمها اسمي يدعى تدعى اسمم اسمش نامم نامش
`);
/** Things that have names too: after "Die Gruppe heißt …" the name is no person's. */
export const namedThings = set(`
  gruppe kurs kurse angebot projekt programm app website webseite seite treff laden spiel buch film serie team
  mannschaft band chor ort raum aktion initiative kampagne veranstaltung fest festival reihe club klub kreis runde
  krabbelgruppe spielgruppe elterncafé elterncafe ag verein kita schule
  group course club project programme program app
`);
/** Turkish titles and naming words that follow the name ("Ahmet Bey", "Ayşe Hanım", "Emir adında"). */
export const postTitleCues = set('bey hanım hanımefendi hoca abla abi adında isimli adlı');
/** Before a name that is part of a saint's or holiday's name ("Sankt Martin", "St. Johannis"). */
export const saintCues = set('sankt st hl heilige heiliger heiligen saint san santa');
/** A name next to one of these names an institution, a place or a brand, not a person. */
export const institutionWords = set(`
  schule grundschule gymnasium gesamtschule stadtteilschule realschule hauptschule oberschule förderschule
  berufsschule kita kindergarten kindertagesstätte krippe hort haus heim zentrum center centre stiftung werk
  kirche gemeinde kirchengemeinde moschee synagoge apotheke klinik krankenhaus bibliothek bücherei museum verein
  sv tsv fc vfl vfb jugendtreff jugendhaus jugendzentrum familienzentrum treff café cafe halle sporthalle bad
  park platz straße strasse str weg allee ring damm brücke tor preis universität hochschule akademie institut
  projekt programm quartier siedlung viertel hof markt
  school college academy foundation street road square
  okulu okul camii derneği
`);
/** Capitalised words that are never a name on their own, even after a title ("Frau Doktor", "Herr der Ringe"). */
export const neverNames = set(`
  kitas kita schulen kindergärten krippen horte vereine sportvereine träger trägern familienzentren jugendhäuser
  jugendtreffs beratungsstellen ämter behörden kirchen moscheen gemeinden einrichtungen
  der die das des dem den ein eine einer eines einem einen und oder aber mit von vom zu zur zum im in am an auf aus
  bei beim nach für über unter vor hinter neben zwischen ohne gegen durch seit ab bis um als wie wenn weil dass
  ob ich du er sie es wir ihr mein meine meinen meinem meiner unser unsere unserem unseren unserer dein deine sein
  seine seinen seinem ihre ihren ihrem ihrer ist sind war waren hat haben hatte wird werden wurde kann können muss
  müssen soll sollen will wollen möchte möchten braucht brauchen sucht suchen geht gehen kommt kommen bitte danke
  hallo liebe lieber sehr auch noch schon nur nicht kein keine keinen alle alles viele mehr jetzt heute gestern
  morgen immer dort hier da so also leider gerne gern eigentlich vielleicht außerdem dann denn doch mal ja nein
  kind kinder mutter vater eltern familie familien frau frauen herr herren mann männer junge jungen mädchen baby
  oma opa sohn tochter bruder schwester tante onkel nachbar nachbarin freund freundin kollege kollegin lehrer
  lehrerin erzieher erzieherin pfarrer pfarrerin pastor pastorin bürgermeister bürgermeisterin direktor
  direktorin rektor rektorin leiter leiterin doktor dr professor prof
  montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli august
  september oktober november dezember
  the a an and or of for with my our his her their your its is was are were has have had will would can could
  should may might must shall this that these those there here we you he she it they i me us them please thank
  hello dear
  и в на с к по из за от для у о об не но а что как это мой моя моё мои наш наша наши его её их он она они мы вы
  я ты также уже еще ещё очень тоже только где когда потому
  і й в у на з із до від для що як це мій моя моє мої наш наша наші його її їх він вона вони ми ви я ти також вже
  ще дуже теж тільки де коли тому
  меня мне нам нас мы мои мой моя моё наш наша наши наше вас вам им ему ей тебе тебя себя себе все всё всех эти этот
  эта там тут здесь сейчас сегодня завтра вчера дети детям детей детский детская здравствуйте добрый доброе доброго
  привет пожалуйста спасибо скажите подскажите помогите нужен нужна нужно нужны хочу хотим хотела хотел ищу ищем есть
  нет можно можете где почему зачем какой какая какие кто который которая если чтобы или да много мало после перед
  сын дочь семья школа садик кружок секция группа уважаемые уважаемый дорогие интересует беспокоит
  мене мені ми мої мій моє наше ви їм йому їй тобі себе всі все ці цей ця зараз сьогодні вчора діти дітям дітей
  дитині дитячий добрий доброго привіт будь ласка дякую підкажіть допоможіть потрібен потрібна потрібно потрібні хочемо
  шукаю шукаємо є немає можна чому який яка які хто якщо щоб або але та багато після син донька родина сім'я садок
  гурток секція група шановні шановний цікавить турбує
  merhaba selam selamlar iyi günler lütfen teşekkürler teşekkür ederim benim bizim onun çocuğum çocuklar çocuklarım
  için var yok biz siz bu şu okul kreş anaokulu acaba nasıl nerede neden hangi evet hayır merhabalar
  مرحبا السلام عليكم شكرا فضلك نحن أنا ابني ابنتي أطفالي اطفالي لدينا نريد نبحث أبحث ابحث هل يوجد كيف أين اين متى لماذا نحتاج أحتاج احتاج
  من في على إلى الى عن مع هذا هذه ذلك تلك التي الذي الذين هو هي هم نحن أنا انا أنت انت لا لم لن ما أن ان إن قد كل
  بعض بعد قبل عند ثم أو او يا أيضا ايضا لكن حتى منذ بين كان كانت يكون عندي عندنا لدي لدينا
  ve veya ile için bir bu şu sen biz siz onlar de da ki ama çok daha en gibi kadar sonra önce
  نیاز نیازمند دارد داریم دارم هست است هستم هستیم برای کلاس کودک کودکان بچه مادر پدر خانواده زبان آلمانی
  مراقبت کمک مدرسه مهدکودک ما من او شما آنها این آن که را با از به در تا یک هیچ خیلی
`);
/**
 * Kinship and family words, and nominalised adjectives for children ("unser Großer", "die Jüngste"): never a name
 * on their own, even before an age or a surname ("Unser Großer (15)", "Mama Schmidt" is caught by "Schmidt" only
 * with a title). Turkish "anne" (mother) is handled in names.ts: it is also a German first name.
 */
export const familyWords = set(`
  mama papa mami papi mamii mutti vati omi opi oma opa mum mom mummy mommy dad daddy granny grandma grandpa
  baba dede nene babaanne anneanne abla abi amca dayı teyze hala yenge teta tetka strina babuschka babushka
  großer große großen kleiner kleinen kleinste kleinster kleinsten mittlere mittlerer mittleren jüngste jüngster
  jüngsten älteste ältester ältesten größte größter zweitälteste
  мама папа тато мати бабушка дедушка баба деда бабуся дідусь бабця
  ماما بابا امي ابي
`);
/** Words that say a text talks about someone's home ("wir wohnen …", "Adresse: …", "живём на …"). */
export const residenceCues = set(`
  wohne wohnst wohnt wohnen wohnten wohnte wohnhaft wohnung adresse anschrift lebe lebt leben lebten gezogen ziehen
  umgezogen zieht post postanschrift meldeadresse
  live lives living moved address adres adresim adresimiz oturuyoruz oturuyorum
  живём живем живу живет живёт живут адрес проживаем проживаю переехали
  живемо живу живе адреса проживаємо переїхали
  نسكن أسكن يسكن تسكن عنوان عنواني عنواننا نعيش أعيش
`);
/** Words after a number that make it a quantity, time or price rather than a house number or postcode. */
export const quantityWords = set(`
  uhr euro eur cent jahre jahren jahr jähr jährige jährigen monate monaten monat wochen woche tage tagen tag stunden
  stunde std minuten min sekunden mal prozent kinder kind personen leute menschen familien plätze plätzen schüler
  schülerinnen teilnehmer teilnehmende einwohner einwohnern besucher km m qm cm kg stück stühle plätze anmeldungen
  betten zimmer räume gruppen klassen mitglieder haushalte jugendliche erwachsene frauen männer mütter väter
  years year months hours minutes people children kids pm am
  yaşında yaş saat kişi çocuk
  лет года год часов часа час детей человек років роки рік годин година дітей осіб
  سنة سنوات ساعة ساعات أطفال شخص
`);
/** Capitalised words before a number that make it a bus line, room, class or the like, not a house number. */
export const numberedThings = set(`
  bus buslinie linie raum zimmer klasse gruppe kapitel seite stufe level platz gleis haltestelle etage stock og eg
  ug dg tür nr nummer jahr jahrgang schuljahr version teil runde tabelle anlage kurs modul termin woche kw tag
  haus block halle feld
`);
/**
 * Nouns that follow "Frau", "Herr" or "Familie" when these mean a woman, a man or a family, not a title:
 * "dass die Frau Hilfe braucht", "ob der Herr Zeit hat", "weil die Familie Angst hat", "eine Frau Anfang 30".
 */
export const nounsAfterTitle = set(`
  hilfe unterstützung arbeit zeit angst geld sorgen probleme problem kinder kind rat ruhe platz wohnung kontakt
  recht hunger mut lust schulden kraft anfang mitte ende interesse bescheid termin termine beratung essen deutsch
  englisch arabisch türkisch russisch ukrainisch polnisch persisch kurdisch sprache sprachen schutz pause urlaub
  besuch post briefe nachricht antwort fragen frage wünsche ideen erfahrung erfahrungen schmerzen streit ärger
  stress glück pech freunde freude spaß kummer heimweh fieber husten asthma diabetes krebs depressionen migräne
  vertrauen respekt mitleid verständnis zugang anschluss arbeitslosengeld bürgergeld wohngeld kindergeld leistungen
  papiere dokumente ausweis visum aufenthalt asyl duldung schwierigkeiten erfolg pflege betreuung begleitung
  nachhilfe therapie medikamente möbel kleidung essen lebensmittel strom heizung internet handy auto führerschein
  ahnung bedenken zweifel hoffnung geduld verantwortung gewalt drogen alkohol hausaufgaben schule
`);
/** Public and fictional figures and brands made of names: they name no family ("Harry Potter", "Burger King"). */
export const publicFigures: string[][] = `
  harry potter|burger king|pippi langstrumpf|benjamin blümchen|bibi blocksberg|bibi und tina|martin luther king|
  martin luther|anne frank|sophie scholl|hans scholl|willy brandt|astrid lindgren|albert einstein|albert schweitzer|
  maria montessori|janusz korczak|angela merkel|olaf scholz|friedrich merz|frank-walter steinmeier|paul gerhardt|
  heinrich heine|theodor storm|johann wolfgang von goethe|friedrich schiller|ronald mcdonald|peter pan|
  peppa wutz|paw patrol|mickey mouse|donald duck|tom und jerry|jesus christus|sankt martin|st martin|
  sankt nikolaus|st nikolaus|heilige maria|mutter teresa|greta thunberg|lionel messi|cristiano ronaldo|
  jamal musiala|florian wirtz|thomas müller|manuel neuer|taylor swift|bob der baumeister|conni|lillifee
`
  .split('|')
  .map((phrase) => phrase.trim().split(/\s+/).map(foldName))
  .filter((words) => words.length > 0 && words[0] !== '');
