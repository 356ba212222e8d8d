import type { AgeBand, PublicFormLanguage } from '../../../../common/need-terms';
import type { PrivacyFindingKind } from '../../../../common/privacy/kinds';

// Every text of the public form „Was fehlt Ihnen in Ihrem Stadtteil?“ in the six languages families in the office's
// city speak most. Plain language: short sentences, everyday words, "Sie"/polite forms. Names of the spaces stay as
// the office wrote them.

/** The chips "what would help": each sets one field of the need's requirements. */
export const publicHelpOptions = ['freeOfCharge', 'nearby', 'afternoon', 'evening', 'weekend', 'childcare', 'accessible', 'informal', 'ownLanguage'] as const;
export type PublicHelpOption = (typeof publicHelpOptions)[number];

/** The privacy guard's warning under a text field (also used on the staff pages, in German). */
export type PrivacyWarningTexts = {
  title: string;
  after: string;
  kinds: Record<PrivacyFindingKind, string>;
  /** A passage in the language's quotation marks. */
  quote: (passage: string) => string;
};

export type PublicNeedTexts = {
  dir: 'ltr' | 'rtl';
  /** The language's own name, for the switch. */
  languageName: string;
  languageLabel: string;
  documentTitle: string;
  title: string;
  lead: string;
  privacyTitle: string;
  privacyNote: string;
  spaceLegend: string;
  spaceHint: string;
  spaceChoose: string;
  spaceChosen: (name: string) => string;
  mapLabel: string;
  mapNote: string;
  mapKeyboard: string;
  zoomIn: string;
  zoomOut: string;
  textLabel: string;
  textHint: string;
  ageLegend: string;
  ageHint: string;
  ageLabels: Record<AgeBand, string>;
  helpLegend: string;
  helpHint: string;
  helpLabels: Record<PublicHelpOption, string>;
  optional: string;
  submit: string;
  sending: string;
  loading: string;
  thanksTitle: string;
  thanksText: (space: string) => string;
  thanksAgain: string;
  errors: {
    title: string;
    space: string;
    text: string;
    privacy: string;
    personalData: string;
    rateLimited: string;
    network: string;
    generic: string;
    spacesUnavailable: string;
  };
  privacy: PrivacyWarningTexts;
};

const de: PublicNeedTexts = {
  dir: 'ltr',
  languageName: 'Deutsch',
  languageLabel: 'Sprache',
  documentTitle: 'Was fehlt Ihnen in Ihrem Stadtteil?',
  title: 'Was fehlt Ihnen in Ihrem Stadtteil?',
  lead:
    'Sagen Sie uns, welches Angebot Ihnen oder Ihren Kindern hier fehlt. Das Team in Ihrem Stadtteil liest alle Einträge ' +
    'und plant damit neue Angebote. Sie brauchen kein Konto.',
  privacyTitle: 'Bitte schreiben Sie nichts Persönliches',
  privacyNote:
    'Schreiben Sie bitte keine Namen, keine Adressen und keine Telefonnummern. Wir speichern nichts, woran man Sie erkennen kann – auch nicht Ihre IP-Adresse.',
  spaceLegend: 'Um welchen Stadtteil geht es?',
  spaceHint: 'Tippen Sie auf der Karte auf Ihren Stadtteil oder wählen Sie ihn in der Liste.',
  spaceChoose: 'Bitte wählen',
  spaceChosen: (name) => `Gewählt: ${name}`,
  mapLabel: 'Karte der Stadtteile',
  mapNote: 'Alle Stadtteile stehen auch in der Liste.',
  mapKeyboard: 'Kartenausschnitt: mit den Pfeiltasten verschieben, mit Plus und Minus vergrößern und verkleinern',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  textLabel: 'Was fehlt Ihnen hier?',
  textHint: 'Zum Beispiel: ein Treffpunkt für Eltern, Sport für Kinder mit Behinderung, Hilfe bei den Hausaufgaben.',
  ageLegend: 'Für wen wäre das Angebot?',
  ageHint: 'Sie können mehreres wählen.',
  ageLabels: { '0-2': '0–2 Jahre', '3-5': '3–5 Jahre', '6-9': '6–9 Jahre', '10-13': '10–13 Jahre', '14-17': '14–17 Jahre', '18-26': '18–26 Jahre', parents: 'Eltern' },
  helpLegend: 'Was wäre wichtig, damit Sie hingehen?',
  helpHint: 'Sie können mehreres wählen.',
  helpLabels: {
    freeOfCharge: 'kostenlos',
    nearby: 'in der Nähe',
    afternoon: 'nachmittags',
    evening: 'abends',
    weekend: 'am Wochenende',
    childcare: 'mit Kinderbetreuung',
    accessible: 'barrierefrei',
    informal: 'ohne Anmeldung',
    ownLanguage: 'in meiner Sprache',
  },
  optional: 'freiwillig',
  submit: 'Absenden',
  sending: 'Wird gesendet …',
  loading: 'Wird geladen …',
  thanksTitle: 'Vielen Dank!',
  thanksText: (space) => `Ihr Eintrag ist angekommen. Das Team im Stadtteil ${space} liest ihn und nutzt ihn für die Planung von Angeboten.`,
  thanksAgain: 'Noch etwas melden',
  errors: {
    title: 'Bitte prüfen Sie Ihre Angaben',
    space: 'Bitte wählen Sie Ihren Stadtteil.',
    text: 'Bitte schreiben Sie, was Ihnen fehlt (mindestens 3 Zeichen).',
    privacy: 'Bitte entfernen Sie zuerst die persönlichen Angaben aus Ihrem Text.',
    personalData: 'Ihr Text enthält vermutlich persönliche Angaben. Er wurde nicht gesendet und nicht gespeichert. Bitte ändern Sie die markierten Stellen.',
    rateLimited: 'Gerade wurden sehr viele Einträge gesendet. Bitte versuchen Sie es in einigen Minuten noch einmal.',
    network: 'Keine Verbindung. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es noch einmal.',
    generic: 'Das hat leider nicht geklappt. Bitte versuchen Sie es später noch einmal.',
    spacesUnavailable: 'Die Stadtteile können gerade nicht geladen werden. Bitte versuchen Sie es später noch einmal.',
  },
  privacy: {
    title: 'Bitte ändern Sie diese Stellen – sie sehen nach persönlichen Angaben aus:',
    after: 'Ohne diese Angaben können Sie den Text senden.',
    kinds: {
      name: 'Personenname',
      email: 'E-Mail-Adresse',
      phone: 'Telefonnummer',
      address: 'Anschrift',
      date_of_birth: 'Geburtsdatum',
      case_number: 'Aktenzeichen',
    },
    quote: (passage) => `„${passage}“`,
  },
};

const en: PublicNeedTexts = {
  dir: 'ltr',
  languageName: 'English',
  languageLabel: 'Language',
  documentTitle: 'What is missing in your neighbourhood?',
  title: 'What is missing in your neighbourhood?',
  lead:
    'Tell us which service you or your children are missing here. The team for your neighbourhood reads every entry ' +
    'and uses it to plan new services. You do not need an account.',
  privacyTitle: 'Please do not write anything personal',
  privacyNote: 'Please do not write any names, addresses or phone numbers. We store nothing that could identify you – not even your IP address.',
  spaceLegend: 'Which neighbourhood is it about?',
  spaceHint: 'Tap your neighbourhood on the map or choose it from the list.',
  spaceChoose: 'Please choose',
  spaceChosen: (name) => `Chosen: ${name}`,
  mapLabel: 'Map of the neighbourhoods',
  mapNote: 'All neighbourhoods are also in the list.',
  mapKeyboard: 'Map: move it with the arrow keys, zoom in and out with plus and minus',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  textLabel: 'What is missing for you here?',
  textHint: 'For example: a meeting place for parents, sport for children with disabilities, help with homework.',
  ageLegend: 'Who would it be for?',
  ageHint: 'You can choose more than one.',
  ageLabels: { '0-2': '0–2 years', '3-5': '3–5 years', '6-9': '6–9 years', '10-13': '10–13 years', '14-17': '14–17 years', '18-26': '18–26 years', parents: 'Parents' },
  helpLegend: 'What would make it easier for you to go?',
  helpHint: 'You can choose more than one.',
  helpLabels: {
    freeOfCharge: 'free of charge',
    nearby: 'close by',
    afternoon: 'in the afternoon',
    evening: 'in the evening',
    weekend: 'at the weekend',
    childcare: 'with childcare',
    accessible: 'step-free access',
    informal: 'no registration',
    ownLanguage: 'in my language',
  },
  optional: 'optional',
  submit: 'Send',
  sending: 'Sending …',
  loading: 'Loading …',
  thanksTitle: 'Thank you!',
  thanksText: (space) => `Your entry has arrived. The team for ${space} will read it and use it to plan services.`,
  thanksAgain: 'Send something else',
  errors: {
    title: 'Please check your entry',
    space: 'Please choose your neighbourhood.',
    text: 'Please write what is missing for you (at least 3 characters).',
    privacy: 'Please remove the personal details from your text first.',
    personalData: 'Your text seems to contain personal details. It was not sent and not stored. Please change the marked parts.',
    rateLimited: 'A lot of entries were sent just now. Please try again in a few minutes.',
    network: 'No connection. Please check your internet connection and try again.',
    generic: 'Sorry, that did not work. Please try again later.',
    spacesUnavailable: 'The neighbourhoods cannot be loaded right now. Please try again later.',
  },
  privacy: {
    title: 'Please change these parts – they look like personal details:',
    after: 'Without them you can send your text.',
    kinds: {
      name: 'name of a person',
      email: 'email address',
      phone: 'phone number',
      address: 'address',
      date_of_birth: 'date of birth',
      case_number: 'file number',
    },
    quote: (passage) => `“${passage}”`,
  },
};

const tr: PublicNeedTexts = {
  dir: 'ltr',
  languageName: 'Türkçe',
  languageLabel: 'Dil',
  documentTitle: 'Semtinizde size ne eksik?',
  title: 'Semtinizde size ne eksik?',
  lead:
    'Burada sizin ya da çocuklarınız için hangi hizmetin eksik olduğunu bize yazın. Semtinizdeki ekip tüm yazılanları okur ' +
    've yeni hizmetleri planlarken kullanır. Hesap açmanıza gerek yok.',
  privacyTitle: 'Lütfen kişisel bilgi yazmayın',
  privacyNote: 'Lütfen isim, adres veya telefon numarası yazmayın. Sizi tanımaya yarayacak hiçbir bilgiyi kaydetmiyoruz – IP adresinizi de.',
  spaceLegend: 'Hangi semt hakkında yazıyorsunuz?',
  spaceHint: 'Haritada semtinize dokunun ya da listeden seçin.',
  spaceChoose: 'Lütfen seçin',
  spaceChosen: (name) => `Seçilen: ${name}`,
  mapLabel: 'Semtlerin haritası',
  mapNote: 'Tüm semtler listede de var.',
  mapKeyboard: 'Harita: ok tuşlarıyla kaydırın, artı ve eksi ile yakınlaştırıp uzaklaştırın',
  zoomIn: 'Yakınlaştır',
  zoomOut: 'Uzaklaştır',
  textLabel: 'Burada size ne eksik?',
  textHint: 'Örneğin: anne babalar için bir buluşma yeri, engelli çocuklar için spor, ödevlere yardım.',
  ageLegend: 'Bu hizmet kimin için olmalı?',
  ageHint: 'Birden fazlasını seçebilirsiniz.',
  ageLabels: { '0-2': '0–2 yaş', '3-5': '3–5 yaş', '6-9': '6–9 yaş', '10-13': '10–13 yaş', '14-17': '14–17 yaş', '18-26': '18–26 yaş', parents: 'Anne babalar' },
  helpLegend: 'Gitmeniz için ne önemli olurdu?',
  helpHint: 'Birden fazlasını seçebilirsiniz.',
  helpLabels: {
    freeOfCharge: 'ücretsiz',
    nearby: 'yakında',
    afternoon: 'öğleden sonra',
    evening: 'akşam',
    weekend: 'hafta sonu',
    childcare: 'çocuk bakımı olsun',
    accessible: 'engelsiz erişim',
    informal: 'kayıt gerekmesin',
    ownLanguage: 'kendi dilimde',
  },
  optional: 'isteğe bağlı',
  submit: 'Gönder',
  sending: 'Gönderiliyor …',
  loading: 'Yükleniyor …',
  thanksTitle: 'Teşekkür ederiz!',
  thanksText: (space) => `Yazdıklarınız bize ulaştı. ${space} semtindeki ekip bunu okuyacak ve hizmetleri planlarken kullanacak.`,
  thanksAgain: 'Başka bir şey bildir',
  errors: {
    title: 'Lütfen bilgilerinizi kontrol edin',
    space: 'Lütfen semtinizi seçin.',
    text: 'Lütfen neyin eksik olduğunu yazın (en az 3 karakter).',
    privacy: 'Lütfen önce kişisel bilgileri metninizden çıkarın.',
    personalData: 'Metniniz kişisel bilgi içeriyor gibi görünüyor. Gönderilmedi ve kaydedilmedi. Lütfen işaretli yerleri değiştirin.',
    rateLimited: 'Şu anda çok fazla gönderim yapıldı. Lütfen birkaç dakika sonra tekrar deneyin.',
    network: 'Bağlantı yok. Lütfen internet bağlantınızı kontrol edip tekrar deneyin.',
    generic: 'Maalesef olmadı. Lütfen daha sonra tekrar deneyin.',
    spacesUnavailable: 'Semtler şu anda yüklenemiyor. Lütfen daha sonra tekrar deneyin.',
  },
  privacy: {
    title: 'Lütfen bu yerleri değiştirin – kişisel bilgi gibi görünüyorlar:',
    after: 'Bunlar olmadan metninizi gönderebilirsiniz.',
    kinds: {
      name: 'kişi adı',
      email: 'e-posta adresi',
      phone: 'telefon numarası',
      address: 'adres',
      date_of_birth: 'doğum tarihi',
      case_number: 'dosya numarası',
    },
    quote: (passage) => `“${passage}”`,
  },
};

const ar: PublicNeedTexts = {
  dir: 'rtl',
  languageName: 'العربية',
  languageLabel: 'اللغة',
  documentTitle: 'ما الذي ينقصك في حيّك؟',
  title: 'ما الذي ينقصك في حيّك؟',
  lead: 'أخبرنا بالخدمة التي تنقصك أنت أو أطفالك هنا. يقرأ فريق حيّك كل ما يُكتب ويستفيد منه في التخطيط لخدمات جديدة. لا تحتاج إلى حساب.',
  privacyTitle: 'من فضلك لا تكتب معلومات شخصية',
  privacyNote: 'من فضلك لا تكتب أسماء أو عناوين أو أرقام هواتف. لا نحفظ أي شيء يمكن أن يدلّ عليك، ولا حتى عنوان IP الخاص بك.',
  spaceLegend: 'عن أي حيّ تكتب؟',
  spaceHint: 'اضغط على حيّك في الخريطة أو اختره من القائمة.',
  spaceChoose: 'اختر من فضلك',
  spaceChosen: (name) => `الحي المختار: ${name}`,
  mapLabel: 'خريطة الأحياء',
  mapNote: 'جميع الأحياء موجودة أيضًا في القائمة.',
  mapKeyboard: 'الخريطة: حرّكها بمفاتيح الأسهم، وكبّرها أو صغّرها بمفتاحي الزائد والناقص',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  textLabel: 'ما الذي ينقصك هنا؟',
  textHint: 'مثلًا: مكان يلتقي فيه الآباء والأمهات، رياضة للأطفال ذوي الإعاقة، مساعدة في الواجبات المدرسية.',
  ageLegend: 'لمن ستكون هذه الخدمة؟',
  ageHint: 'يمكنك اختيار أكثر من إجابة.',
  // Ranges in words: "0–2" would be read the other way round in a right-to-left line.
  ageLabels: {
    '0-2': 'من الولادة حتى سنتين',
    '3-5': 'من 3 إلى 5 سنوات',
    '6-9': 'من 6 إلى 9 سنوات',
    '10-13': 'من 10 إلى 13 سنة',
    '14-17': 'من 14 إلى 17 سنة',
    '18-26': 'من 18 إلى 26 سنة',
    parents: 'الآباء والأمهات',
  },
  helpLegend: 'ما الذي يهمّك حتى تذهب إلى الخدمة؟',
  helpHint: 'يمكنك اختيار أكثر من إجابة.',
  helpLabels: {
    freeOfCharge: 'مجانًا',
    nearby: 'قريب من البيت',
    afternoon: 'بعد الظهر',
    evening: 'في المساء',
    weekend: 'في عطلة نهاية الأسبوع',
    childcare: 'مع رعاية للأطفال',
    accessible: 'خالٍ من العوائق',
    informal: 'دون تسجيل مسبق',
    ownLanguage: 'بلغتي',
  },
  optional: 'اختياري',
  submit: 'إرسال',
  sending: 'جارٍ الإرسال …',
  loading: 'جارٍ التحميل …',
  thanksTitle: 'شكرًا جزيلًا!',
  thanksText: (space) => `وصلتنا رسالتك. سيقرؤها فريق حيّ ${space} ويستفيد منها في التخطيط للخدمات.`,
  thanksAgain: 'إرسال شيء آخر',
  errors: {
    title: 'من فضلك راجع ما كتبته',
    space: 'من فضلك اختر حيّك.',
    text: 'من فضلك اكتب ما الذي ينقصك (3 أحرف على الأقل).',
    privacy: 'من فضلك احذف المعلومات الشخصية من النص أولًا.',
    personalData: 'يبدو أن النص يحتوي على معلومات شخصية. لم يُرسَل ولم يُحفَظ. من فضلك غيّر المواضع المشار إليها.',
    rateLimited: 'أُرسلت رسائل كثيرة جدًا في الوقت الحالي. من فضلك حاول مرة أخرى بعد بضع دقائق.',
    network: 'لا يوجد اتصال. من فضلك تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.',
    generic: 'للأسف لم ينجح ذلك. من فضلك حاول مرة أخرى لاحقًا.',
    spacesUnavailable: 'لا يمكن تحميل الأحياء الآن. من فضلك حاول مرة أخرى لاحقًا.',
  },
  privacy: {
    title: 'من فضلك غيّر هذه المواضع، فهي تبدو كمعلومات شخصية:',
    after: 'بدونها يمكنك إرسال النص.',
    kinds: {
      name: 'اسم شخص',
      email: 'عنوان بريد إلكتروني',
      phone: 'رقم هاتف',
      address: 'عنوان سكن',
      date_of_birth: 'تاريخ ميلاد',
      case_number: 'رقم ملف',
    },
    quote: (passage) => `«${passage}»`,
  },
};

const ru: PublicNeedTexts = {
  dir: 'ltr',
  languageName: 'Русский',
  languageLabel: 'Язык',
  documentTitle: 'Чего вам не хватает в вашем районе?',
  title: 'Чего вам не хватает в вашем районе?',
  lead:
    'Напишите нам, чего здесь не хватает вам или вашим детям. Команда вашего района читает все сообщения и учитывает их, ' +
    'когда планирует новые занятия и услуги. Регистрироваться не нужно.',
  privacyTitle: 'Пожалуйста, не пишите ничего личного',
  privacyNote: 'Пожалуйста, не пишите имена, адреса и номера телефонов. Мы не сохраняем ничего, по чему можно узнать вас, — даже ваш IP-адрес.',
  spaceLegend: 'О каком районе идёт речь?',
  spaceHint: 'Нажмите на свой район на карте или выберите его из списка.',
  spaceChoose: 'Выберите район',
  spaceChosen: (name) => `Выбран район: ${name}`,
  mapLabel: 'Карта районов',
  mapNote: 'Все районы есть также в списке.',
  mapKeyboard: 'Карта: перемещайте стрелками, увеличивайте и уменьшайте клавишами плюс и минус',
  zoomIn: 'Увеличить',
  zoomOut: 'Уменьшить',
  textLabel: 'Чего вам здесь не хватает?',
  textHint: 'Например: места встреч для родителей, спорта для детей с инвалидностью, помощи с домашними заданиями.',
  ageLegend: 'Для кого это было бы?',
  ageHint: 'Можно выбрать несколько вариантов.',
  ageLabels: { '0-2': '0–2 года', '3-5': '3–5 лет', '6-9': '6–9 лет', '10-13': '10–13 лет', '14-17': '14–17 лет', '18-26': '18–26 лет', parents: 'Родители' },
  helpLegend: 'Что важно, чтобы вы туда ходили?',
  helpHint: 'Можно выбрать несколько вариантов.',
  helpLabels: {
    freeOfCharge: 'бесплатно',
    nearby: 'недалеко от дома',
    afternoon: 'днём',
    evening: 'вечером',
    weekend: 'в выходные',
    childcare: 'с присмотром за детьми',
    accessible: 'без барьеров',
    informal: 'без записи',
    ownLanguage: 'на моём языке',
  },
  optional: 'по желанию',
  submit: 'Отправить',
  sending: 'Отправляется …',
  loading: 'Загрузка …',
  thanksTitle: 'Спасибо!',
  thanksText: (space) => `Ваше сообщение получено. Команда района ${space} прочитает его и учтёт при планировании.`,
  thanksAgain: 'Написать ещё',
  errors: {
    title: 'Пожалуйста, проверьте данные',
    space: 'Пожалуйста, выберите свой район.',
    text: 'Пожалуйста, напишите, чего вам не хватает (не менее 3 символов).',
    privacy: 'Пожалуйста, сначала удалите личные данные из текста.',
    personalData: 'Похоже, в тексте есть личные данные. Он не отправлен и не сохранён. Пожалуйста, измените отмеченные места.',
    rateLimited: 'Сейчас отправлено очень много сообщений. Пожалуйста, попробуйте снова через несколько минут.',
    network: 'Нет соединения. Пожалуйста, проверьте интернет и попробуйте ещё раз.',
    generic: 'К сожалению, не получилось. Пожалуйста, попробуйте позже.',
    spacesUnavailable: 'Районы сейчас не загружаются. Пожалуйста, попробуйте позже.',
  },
  privacy: {
    title: 'Пожалуйста, измените эти места — они похожи на личные данные:',
    after: 'Без них текст можно отправить.',
    kinds: {
      name: 'имя человека',
      email: 'адрес электронной почты',
      phone: 'номер телефона',
      address: 'адрес',
      date_of_birth: 'дата рождения',
      case_number: 'номер дела',
    },
    quote: (passage) => `«${passage}»`,
  },
};

const uk: PublicNeedTexts = {
  dir: 'ltr',
  languageName: 'Українська',
  languageLabel: 'Мова',
  documentTitle: 'Чого вам бракує у вашому районі?',
  title: 'Чого вам бракує у вашому районі?',
  lead:
    'Напишіть нам, чого тут бракує вам або вашим дітям. Команда вашого району читає всі повідомлення і враховує їх, ' +
    'коли планує нові заняття та послуги. Реєструватися не потрібно.',
  privacyTitle: 'Будь ласка, не пишіть нічого особистого',
  privacyNote: 'Будь ласка, не пишіть імена, адреси та номери телефонів. Ми не зберігаємо нічого, за чим можна вас упізнати, — навіть вашу IP-адресу.',
  spaceLegend: 'Про який район ідеться?',
  spaceHint: 'Натисніть на свій район на карті або виберіть його зі списку.',
  spaceChoose: 'Виберіть район',
  spaceChosen: (name) => `Вибрано район: ${name}`,
  mapLabel: 'Карта районів',
  mapNote: 'Усі райони є також у списку.',
  mapKeyboard: 'Карта: пересувайте стрілками, збільшуйте та зменшуйте клавішами плюс і мінус',
  zoomIn: 'Збільшити',
  zoomOut: 'Зменшити',
  textLabel: 'Чого вам тут бракує?',
  textHint: 'Наприклад: місця зустрічей для батьків, спорту для дітей з інвалідністю, допомоги з домашніми завданнями.',
  ageLegend: 'Для кого це було б?',
  ageHint: 'Можна вибрати кілька варіантів.',
  ageLabels: { '0-2': '0–2 роки', '3-5': '3–5 років', '6-9': '6–9 років', '10-13': '10–13 років', '14-17': '14–17 років', '18-26': '18–26 років', parents: 'Батьки' },
  helpLegend: 'Що важливо, щоб ви туди ходили?',
  helpHint: 'Можна вибрати кілька варіантів.',
  helpLabels: {
    freeOfCharge: 'безкоштовно',
    nearby: 'недалеко від дому',
    afternoon: 'удень',
    evening: 'увечері',
    weekend: 'у вихідні',
    childcare: 'з доглядом за дітьми',
    accessible: 'без бар’єрів',
    informal: 'без запису',
    ownLanguage: 'моєю мовою',
  },
  optional: 'за бажанням',
  submit: 'Надіслати',
  sending: 'Надсилається …',
  loading: 'Завантаження …',
  thanksTitle: 'Дякуємо!',
  thanksText: (space) => `Ваше повідомлення отримано. Команда району ${space} прочитає його і врахує під час планування.`,
  thanksAgain: 'Написати ще',
  errors: {
    title: 'Будь ласка, перевірте дані',
    space: 'Будь ласка, виберіть свій район.',
    text: 'Будь ласка, напишіть, чого вам бракує (щонайменше 3 символи).',
    privacy: 'Будь ласка, спочатку видаліть особисті дані з тексту.',
    personalData: 'Схоже, текст містить особисті дані. Його не надіслано і не збережено. Будь ласка, змініть позначені місця.',
    rateLimited: 'Зараз надіслано дуже багато повідомлень. Будь ласка, спробуйте ще раз за кілька хвилин.',
    network: 'Немає з’єднання. Будь ласка, перевірте інтернет і спробуйте ще раз.',
    generic: 'На жаль, не вдалося. Будь ласка, спробуйте пізніше.',
    spacesUnavailable: 'Райони зараз не завантажуються. Будь ласка, спробуйте пізніше.',
  },
  privacy: {
    title: 'Будь ласка, змініть ці місця — вони схожі на особисті дані:',
    after: 'Без них текст можна надіслати.',
    kinds: {
      name: 'ім’я людини',
      email: 'адреса електронної пошти',
      phone: 'номер телефону',
      address: 'адреса',
      date_of_birth: 'дата народження',
      case_number: 'номер справи',
    },
    quote: (passage) => `«${passage}»`,
  },
};

export const publicNeedTexts: Record<PublicFormLanguage, PublicNeedTexts> = { de, en, tr, ar, ru, uk };
