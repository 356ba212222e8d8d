/*
 * Generates common/privacy/data/names.data.ts, the name lists of the privacy guard.   npx tsx scripts/generate-privacy-names.ts
 *
 * Provenance and licences:
 * - First names and surnames from the locale data of @faker-js/faker (MIT licence, https://github.com/faker-js/faker),
 *   a dev dependency used only here: German, Austrian, Swiss, Turkish, Arabic, Persian, Urdu, Kurdish (Sorani and
 *   Kurmanji), Polish, Russian, Ukrainian, Macedonian, Serbian, Croatian, Czech, Slovak, Slovenian, Romanian,
 *   Hungarian, Greek-free Latin Western lists (English, French, Italian, Spanish, Portuguese), Vietnamese, Yoruba,
 *   Ghanaian, Nigerian, Senegalese, Azerbaijani and Uzbek names. Vietnamese and Persian multi-word given names are
 *   split into their words. Russian and Ukrainian names are also transliterated to Latin (German and English style).
 * - Hand-written supplements below (written for this project, public domain / EUPL-1.2 like the project): modern
 *   Russian/Ukrainian names and diminutives in Cyrillic, Arabic and Afghan/Persian names in Latin and Arabic script,
 *   Kurdish, Albanian, Bosniak, Eritrean/Ethiopian, Somali and West African (Yoruba, Igbo, Akan, Ewe, Wolof, Fula)
 *   names, and German given names popular since 2000 that the lists lack.
 * - Which names are also ordinary words ("Rose", "Wolf", "Will", "Umut", "نور") is decided with the Debian word lists
 *   wngerman (/usr/share/dict/ngerman, GPL-2) and wamerican (/usr/share/dict/american-english, public domain
 *   SCOWL), read at generation time only (apt-get install wngerman wamerican), plus a hand list of collisions in
 *   German, English, Turkish, Arabic, Russian and Ukrainian. The word lists themselves are not shipped.
 */
import fs from 'node:fs';
import { allLocales } from '@faker-js/faker';
import { foldName, scriptOf } from '../common/privacy/normalize';

type PersonDefinitions = { first_name?: unknown; last_name?: unknown; middle_name?: unknown };
const firstLocales = ['de', 'de_AT', 'de_CH', 'tr', 'ar', 'fa', 'ur', 'ku_ckb', 'ku_kmr_latin', 'pl', 'ru', 'uk', 'mk', 'sr_RS_latin', 'hr', 'cs_CZ', 'sk', 'sl_SI', 'ro', 'hu', 'vi', 'yo_NG', 'en_GH', 'en_NG', 'fr_SN', 'az', 'uz_UZ_latin', 'en', 'fr', 'it', 'es', 'pt_PT', 'nl'];
const surnameLocales = ['de', 'de_AT', 'de_CH', 'tr', 'ar', 'fa', 'ku_ckb', 'ku_kmr_latin', 'pl', 'ru', 'uk', 'mk', 'sr_RS_latin', 'hr', 'ro', 'vi', 'yo_NG', 'en_GH', 'en_NG', 'fr_SN', 'az', 'en', 'it', 'es', 'fr'];

function flatten(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (value && typeof value === 'object') return Object.values(value).flatMap(flatten);
  return [];
}
function personOf(locale: string): PersonDefinitions {
  const definitions = (allLocales as Record<string, { person?: PersonDefinitions }>)[locale];
  if (!definitions?.person) throw new Error(`faker locale ${locale} has no person data`);
  return definitions.person;
}
const words = (text: string) => text.split(/[\s,]+/).filter(Boolean);

// ── hand-written supplements ──
const handFirst = words(`
  Артём Артем Александр Алексей Андрей Антон Арсений Богдан Вадим Валерий Василий Виктор Виталий Владимир Владислав
  Всеволод Вячеслав Геннадий Георгий Глеб Григорий Даниил Данил Денис Дмитрий Евгений Егор Захар Иван Игорь Илья
  Кирилл Константин Лев Леонид Максим Марк Матвей Михаил Никита Николай Олег Павел Пётр Петр Роман Руслан Семён Семен
  Сергей Станислав Степан Тимофей Тимур Фёдор Федор Юрий Ярослав Алина Алиса Алла Анастасия Ангелина Анна Антонина
  Арина Валентина Валерия Варвара Вера Вероника Виктория Галина Дарья Диана Ева Евгения Екатерина Елена Елизавета
  Жанна Зинаида Злата Инна Ирина Карина Кира Ксения Лариса Лилия Любовь Людмила Маргарита Марина Мария Милана
  Надежда Наталья Наталия Нина Оксана Олеся Ольга Полина Раиса Светлана София Софья Таисия Тамара Татьяна Ульяна
  Юлия Яна Саша Дима Наташа Маша Катя Оля Настя Света Лена Таня Ваня Петя Коля Миша Вова Женя Юля Аня Соня Даша
  Паша Серёжа Сережа Лёша Леша Алёша Алеша Костя Вика Ксюша Полина Лиза Надя Люда Галя Тоня Витя Гоша Стас Слава
  Андрій Олексій Олександр Олександра Василь Віктор Віталій Володимир Дмитро Євген Іван Ігор Михайло Микола Назар
  Остап Петро Роман Сергій Тарас Юрій Ярослав Максим Матвій Данило Денис Кирило Артем Артемко Богдана Ганна Дарина
  Єва Зоряна Ірина Катерина Лілія Марія Мирослава Наталія Оксана Олена Ольга Сніжана Соломія Софія Тетяна Уляна
  Христина Юлія Ярина Яна Валентина Вікторія Анастасія Аліна Настя Оленка Марічка Іванка
  محمد أحمد علي حسن حسين عمر يوسف إبراهيم خالد مصطفى محمود عبدالله عبد الله عبدالرحمن عبد الرحمن عثمان أيمن
  سامي كريم طارق وليد ماهر مازن نبيل نزار رامي زياد زيد سعد سعيد صالح سليم سمير عادل عماد فادي فراس غسان هاني
  هشام هيثم وائل ياسر يحيى يزن يامن بلال بشار جمال جهاد حمزة حازم حسام رائد رضا شادي صهيب عامر عمار قاسم لؤي
  مجد مراد معاذ منير مهند نادر ناصر نور الدين هادي همام أنس أسامة أمجد إياد أيهم آدم إسماعيل إلياس يونس موسى
  عيسى داود سليمان زكريا يعقوب هارون جواد رحيم حميد فريد نصير محسن مهدي رضا حسين علي رضا مرتضى مجتبى نويد
  فاطمة عائشة مريم زينب خديجة سارة نور ليلى ليلي هدى أمل رنا ريم لينا ياسمين سلمى هبة دانة جنى آية رغد شهد تسنيم
  بيان حلا رهف لمى ملاك رشا سوسن زينة رزان رنيم روان سدرة سلام سماح سهى شيماء صفاء ضحى عبير غدير غادة فرح لانا
  لجين لميس مايا منى ميس ميرا نادية ناديا نجلاء نسرين نهى هالة هيا وعد ولاء يارا أسماء إيمان آلاء بتول جود جوري
  حنين دعاء راما رحاب رقية زهراء زهرة سحر سناء شذى عبلة علا فاتن كوثر لبنى مروة ميار نجوى هند وفاء يسرى
  پروانه شبنم فرزانه فرشته مرضیه مهسا نازنین رویا سحر شیرین ثریا تهمینه یلدا زهره مینا آرزو
  Mohammed Muhammad Mohamed Mohammad Mohamad Muhammed Mehmed Ahmad Ahmed Ahmet Mahmoud Mahmud Mustafa Mostafa Omar Umar
  Youssef Yousef Yusuf Josef Ibrahim Khaled Khalid Hassan Hasan Hussein Hussain Hüseyin Husain Ali Abdullah Abdallah
  Abdul Abdulrahman Abdelrahman Abdelkader Adel Adnan Amjad Anas Ammar Amr Ayman Ayham Bashar Bilal Fadi Firas Ghassan
  Hamza Hani Haitham Hisham Hussam Ibrahim Ismail Ismael Jamal Jihad Kareem Karim Laith Louay Maher Majd Majed Marwan
  Mazen Moaz Muaz Mouhamad Mohanad Muhannad Nabil Nizar Nour Noor Obaida Osama Qasim Rami Rayan Riad Saad Saeed Said
  Salah Saleh Salim Sami Samir Sami Tarek Tariq Wael Walid Yahya Yamen Yaman Yazan Zaid Zakaria Ziad Aisha Aischa Aya
  Ayah Alaa Amal Amina Aminah Asma Bushra Dalia Dana Doaa Duaa Eman Iman Fatima Fatma Fatme Ghina Hala Hanan Hiba Huda
  Jana Jouri Joury Khadija Lama Lamar Lara Layla Leila Lina Lujain Malak Maryam Mariam Marwa Mayar Mira Nada Nadia
  Nisreen Nesrin Noura Rama Rana Rania Rasha Raghad Reem Rim Ruba Ruqayya Rukiye Salma Sama Samar Sanaa Sara Sarah
  Sawsan Shahd Suha Tasneem Yara Yasmin Yasmina Jasmin Zainab Zeinab Zahra Zeina Zaina Rahaf Bayan Batoul Shaima
  Farid Habib Hamid Nasir Rahim Rahman Reza Mehdi Hossein Hosseini Behnam Dariush Daryush Farhad Farshid Jawad Javad
  Mansour Masoud Massoud Mojtaba Morteza Nima Omid Parviz Payam Ramin Rostam Shahram Siavash Sohrab Yasin Yaser
  Zabihullah Zalmay Zalmai Wahid Najib Naveed Navid Nawid Jawid Sajad Sajjad Samiullah Sayed Sayid Sediq Shafiq
  Shakib Sharif Sohail Suhail Tamim Wais Wali Ahmadullah Hamidullah Rahmatullah Ataullah Ezatullah Khan Mina Arezoo
  Arezu Farzana Fereshta Fereshteh Marzieh Mahsa Maryam Nazanin Parwana Parvaneh Roya Sahar Shabnam Shirin Soraya
  Tahmina Yalda Zohra Zohal Zarghona Nilofar Nilufar Mursal Madina Masooda Hadia Freshta Mahbooba Mahtab Nasrin
  Azad Baran Berfin Berivan Delal Dilan Dilber Heval Hêvî Jiyan Rojda Rojin Roj Rojhat Ronahi Serhat Şivan Sivan
  Zana Zilan Avesta Ararat Bawar Dersim Diyar Kawa Kardo Mizgin Nesrin Rezan Rizgar Shilan Shirwan Soran Xelat Welat
  Arben Besnik Blerim Driton Fatmir Agron Ilir Valon Arta Blerta Drita Elira Fjolla Vjosa Teuta Liridona Albulena
  Arbnor Ardit Besart Endrit Erion Gent Granit Leutrim Lirim Mergim Rinor Valmir Alban Albion Altin Ardian Ariana
  Arlind Bekim Dardan Egzon Enis Florim Gëzim Gezim Jeton Kushtrim Lulzim Luan Milot Shkelzen Shpend Visar Xhevdet
  Adea Anila Besa Diellza Edona Elona Era Erza Fatjona Flutra Hana Jehona Kaltrina Lindita Lule Majlinda Njomza Rea
  Amel Adnan Almir Amar Emir Haris Kenan Mirza Nermin Senad Tarik Amra Ajla Azra Lejla Merima Selma Emina Edin Elvis
  Dženan Dzenan Enes Eldin Elmedin Jasmin Samir Sead Sanel Mersiha Aida Alma Belma Dženana Ena Lamija Nejla Sabina
  Abebe Tesfaye Haile Yonas Dawit Yohannes Mulugeta Tekle Semhar Senait Selam Meron Hiwet Tsehay Feven Luwam Ruta
  Mussie Filmon Yemane Tesfay Berhane Merhawi Robel Kidane Natnael Eden Saba Hermon Helen Winta Rahel Yordanos Mekdes
  Abdi Abdirahman Abdullahi Hodan Hibo Faadumo Ayaan Cawo Warsame Mohamud Jama Hirsi Osman Asad Ayan Deeqa Faisal
  Hamdi Hawo Idil Ilhan Khadar Ladan Liban Nimco Sagal Sahra Ubah Yasmiin Zamzam
  Adebayo Adewale Ayodele Babatunde Folake Funmilayo Olumide Oluwaseun Temitope Tunde Yetunde Bisi Kemi Femi Dayo
  Segun Adeola Abiodun Chinedu Chidi Chiamaka Chinonso Chukwuemeka Emeka Ngozi Nkechi Obinna Uchenna Ifeoma Adaeze
  Chioma Chinwe Ebuka Ikenna Kelechi Nnamdi Somto Tochukwu Kofi Kwame Kwaku Kwabena Kwasi Kojo Yaw Ama Akosua Abena
  Adwoa Afua Efua Yaa Esi Akua Kodzo Komi Kossi Kokou Afi Adjoa Ablavi Yawa Mawuli Selorm Senyo Dzifa Elikem Kafui
  Moussa Mamadou Modou Cheikh Ibrahima Ousmane Abdoulaye Aminata Fatou Awa Astou Ndeye Khady Mariama Rokhaya Amadou
  Alpha Boubacar Oumar Saidou Hawa Kadiatou Fatoumata Djenabou Sekou Lamine Aissatou Bintou Coumba Dieynaba Mame
  Seydou Souleymane Aliou Alassane Idrissa Babacar Malick Pape Samba
  Jonas Leon Elias Finn Noah Luca Ben Paul Emil Felix Henry Theo Jannik Jannis Janne Lasse Levin Malte Mats Mattes
  Nils Ole Piet Tjark Till Timo Lukas Luis Louis Maximilian Moritz Niklas Tom Tim Jan Jonte Kjell Linus Matteo Milan
  Mika Mio Nico Oskar Raphael Samuel Simon Valentin Vincent Yannick Jayden Justin Kevin Dennis Marvin Pascal Chantal
  Jacqueline Mandy Cindy Jessica Jennifer Vanessa Janina Jana Jule Lina Lea Leonie Lena Lotta Mila Mia Emma Emilia
  Hannah Hanna Ida Ella Clara Klara Marie Sophie Sofia Sophia Frieda Frida Greta Ronja Merle Maja Amelie Charlotte
  Johanna Lilly Lilli Luisa Luise Nele Paula Pia Smilla Thea Zoe Finja Fenja Alina Anna-Lena Aylin Elif Zeynep
  Ecem Melike Büşra Buse Dilara Irem İrem Esra Emre Yusuf Enes Eren Furkan Kerem Berat Burak Mert Baran Alperen Efe
  Arda Ayşe Hatice Emine Merve Kübra Sude Ela Defne Nehir Azra Eylül Öykü Ceylin Yiğit Çınar Ömer Osman Hakan Murat
  Nguyen Thi Van Minh Anh Linh Huong Thanh Trang Tuan Hung Dung Duc Long Quang Phuong Hoa Lan Thu Ha Ngoc Khanh
  Natalia Natalija Natascha Natasha Nataliya Olga Oksana Svetlana Swetlana Tatjana Tatiana Jelena Elena Irina Ljudmila
  Anastasia Anastasija Jekaterina Ekaterina Kateryna Daria Darja Dascha Mascha Sascha Dmitri Dmitrij Dmytro Sergej
  Sergey Serhij Serhiy Oleksandr Oleksii Oleksij Andrij Andriy Wladimir Volodymyr Vladimir Wolodymyr Mykola Mykhailo
  Bohdan Taras Yaroslav Jaroslaw Jurij Yuriy Artem Artjom Artyom Maksym Maxim Kyrylo Kirill Nikita Timur Ruslan
  Oleh Oleg Igor Ihor Vitali Vitalij Witali Viktoria Wiktoria Walentina Valentyna Yulia Julija Juliia Iryna Olena
  Tetiana Tetjana Khrystyna Solomiia Sofiia Zlata Polina Alisa Arina Uliana Uljana Ksenia Xenia Kseniia Yana Jana
  Georgi Georgij Dimitar Dimitri Hristo Christo Stoyan Stojan Todor Lyubomir Ljubomir Plamen Krasimir Kiril Nikolay
  Atanas Angel Anton Asen Boyan Bojan Borislav Valentin Vasil Veselin Zhivko Ivaylo Kaloyan Lachezar Mladen Ognyan
  Petar Rumen Svetoslav Tsvetan Yordan Jordan Desislava Dessislava Gergana Yordanka Iordanka Kalina Mariya Maria
  Milena Petya Radka Rositsa Rossitsa Silviya Snezhana Stanka Stefka Teodora Tsvetelina Vesela Yoana Joana Zornitsa
  Aleksandar Goran Dragan Zoran Nenad Dejan Vlatko Blagoj Darko Igor Marjan Trajce Trajche Zlatko Bojana Biljana
  Jasmina Katerina Marija Natasa Natasha Snezana Snezhana Vesna Ljubica Slavica Elena Dragana Jovana Milica Ana
  Nikola Stefan Marko Luka Filip Uroš Uros Miloš Milos Nemanja Vuk Dušan Dusan Milan Aleksa Lazar Ognjen Đorđe Djordje
  Jelena Ivana Tijana Teodora Sanja Dragica Mirjana Gordana Svetlana Danijela Radmila Zorica Branka Nevena Andjela
  Ion Ioan Mihai Andrei Alexandru Gheorghe Vasile Constantin Florin Cristian Adrian Marius Ionut Ionuț Bogdan Dorin
  Razvan Răzvan Ciprian Sorin Catalin Cătălin Radu Ovidiu Lucian Ionela Ioana Elena Andreea Mihaela Alina Roxana
  Gabriela Cristina Florentina Daniela Georgiana Larisa Bianca Alexandra Simona Adina Oana Irina Diana Raluca Denisa
  Ardian Bujar Dritan Edmond Eljon Fatos Gentian Ilirjan Klodian Kujtim Mimoza Ornela Rudina Sokol Klajdi Kristi
  Arlinda Arjola Brunilda Dorina Enkeleda Eriona Klea Ledia Mirela Xhensila Jonida Fjoralba Anisa Arbana
`);
const handSurnames = words(`
  Коваленко Шевченко Бондаренко Ткаченко Кравченко Олійник Мельник Шевчук Бойко Коваль Поліщук Ковальчук Лисенко
  Марченко Мороз Савченко Руденко Петренко Клименко Іваненко Павленко Кузьменко Гончаренко Романенко Левченко
  Иванов Иванова Смирнов Смирнова Кузнецов Кузнецова Попов Попова Васильев Петров Петрова Соколов Михайлов Новиков
  Федоров Морозов Волков Алексеев Лебедев Семенов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин
  Al-Hassan Al-Ahmad Alhassan Haddad Khoury Hamwi Halabi Shami Nasser Darwish Mansour Saleh Hamdan Hammoud Hussein
  Abdullah Ibrahim Ismail Khalil Mahmoud Mustafa Othman Qasem Rahmani Rahimi Ahmadi Hosseini Mohammadi Karimi
  Hashemi Sultani Sadat Haidari Haydari Nazari Azizi Amiri Noori Nouri Sharifi Popal Popalzai Durrani Barakzai
  Safi Wardak Stanikzai Sahak Yousufzai Jafari Rezaei Moradi Abbasi Mousavi Akbari Qaderi Naseri Hakimi
  Berisha Krasniqi Gashi Hoxha Shala Morina Kelmendi Bytyqi Hasani Rexhepi Ahmeti Osmani Aliu Dervishi Kastrati
  Hadžić Hadzic Hodžić Hodzic Begić Begic Delić Mehmedović Mehmedovic Hasanović Hasanovic Husić Husic Kovačević
  Halilović Halilovic Ibrahimović Ibrahimovic Mujić Mujic Omerović Omerovic Salihović Suljić Tahirović
  Tesfaye Haile Tekle Ghebremedhin Gebremariam Gebremedhin Tewolde Woldemariam Kidane Berhane Habte Mehari Asfaha
  Ghebreyesus Yohannes Tesfamariam Warsame Farah Mohamud Jama Hirsi Abdi Aden Ali Egal Elmi Nur Omar Samatar
  Okafor Okonkwo Nwosu Eze Obi Okeke Nwachukwu Okoro Adeyemi Adebayo Ogunleye Oyelaran Balogun Olawale Mensah
  Asante Owusu Boateng Osei Agyeman Appiah Darko Addo Amoah Ansah Antwi Acheampong Adjei Agbeko Amegah Dzidzienyo
  Diop Ndiaye Fall Sow Diallo Mbaye Gueye Faye Sarr Seck Thiam Barry Bah Balde Sall Camara Keita Traoré Traore Touré
  Toure Coulibaly Konaté Konate Cissé Cisse Sylla Kouyaté Kouyate Diouf Ndour Sène Sene
  Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt
  Özkan Şimşek Polat Özcan Korkmaz Çakır Erdoğan Yavuz Can Acar Şen Aktaş Güler Yalçın Güneş Bozkurt Bulut Keskin
  Nowak Kowalski Kowalska Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski
  Petrović Petrovic Jovanović Jovanovic Nikolić Nikolic Marković Markovic Đorđević Ivanović Ivanovic Popović
  Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly
  Ivanov Georgiev Dimitrov Petrov Nikolov Hristov Stoyanov Stojanov Todorov Iliev Atanasov Angelov Vasilev Petkov
  Kolev Yordanov Marinov Popov Mihaylov Ivanova Georgieva Dimitrova Nikolova Hristova Stoyanova Todorova
  Stojanovski Nikolovski Petrovski Jovanovski Trajkovski Ristovski Stojanovska Nikolovska Petrovska Jovanovska
  Trajkovska Angelovski Dimitrovski Georgievski Kostovski Ilievski Markovski Velkovski Spasovski Naumovski
  Stojanović Stojanovic Đorđević Djordjevic Ilić Ilic Pavlović Pavlovic Stanković Stankovic Milošević Milosevic
  Lazić Lazic Kostić Kostic Todorović Todorovic Radovanović Radovanovic Živković Zivkovic Simić Simic Mitrović
  Popescu Ionescu Popa Pop Radu Dumitru Stoica Stan Gheorghe Munteanu Constantin Rusu Matei Ciobanu Florea Moldovan
  Dragomir Dinu Lungu Barbu Nistor Tudor Dobre Marin Georgescu Constantinescu Dumitrescu Marinescu Stanciu Preda
  Gashi Gashaj Berisha Krasniqi Hoxhaj Shehu Leka Dedaj Lleshi Muça Muca Cela Hysa Prifti Dushku Kola Marku Gjoka
  Bajrami Sejdiu Zeqiri Mustafa Rama Kryeziu Bekteshi Ramadani Demiri Xhaferi Xhafa Hajdari Sopaj Rexhaj
`);
// Names that are also ordinary words in a language the form is offered in, beyond what the dictionaries know.
const handCommonWords = words(`
  sonne mai engel kind mutter vater frau herr junge mann wolf rose hoffnung sommer winter herbst fruehling april
  august juni juli januar februar maerz september oktober november dezember montag dienstag mittwoch donnerstag
  freitag samstag sonntag ostern pfingsten weihnachten nikolaus christkind ramadan bayram sankt heilige
  jan jul aug sept okt nov dez feb mar apr jun ende stern frieden glaube liebe treue gnade heide sonnen mond
  tag abend morgen nacht blume lilie linde birke eiche tanne jasmin iris melisse salbei
  silvester kamille soja faust lilien akkus arsen ara oles kadi gulden ultimo libero pascha santa san sao saturn
  venus apollo jena unna verona medina olympia florida alexandria odessa havel tiber nikon chanel aral hilton jesus
  christus gott allah amen halloween fasching karneval kai
  grace hope faith joy will may june april summer autumn dawn eve ivy holly ruby amber pearl crystal sky rain
  bill mark frank rob sue pat max ray guy art jack
  umut deniz can su ay gul yildiz bahar gunes nur umit baris derya sevgi sevda seker cicek kaya demir dogan ozgur
  mutlu ceylan aslan kartal sahin bulut yagmur isik inci elmas altin ferah hayat neseli nese huzur emel ilk ece
  simge yaren bilge erdem irem mert er
  عمر سن نور امل سلام سعيد جميل كريم حسن صباح فرح هدي وفاء امين مني ريم بدر شمس قمر ورد سماء نجم حياه رحمه عادل كمال خير
  صفاء ايمان سلمي هناء رجاء نجاه سعاده بشري عزيز حبيب فاضل شريف لطيف ماجد منير نبيل هادي وليد ياسر ربيع سالم
  مجد عز شادي نعيم جمال زين نسيم ضياء فجر سحر غدير لؤلؤ يسر نصر عمران منصور محمود احسان امان اسلام
  вера надежда любовь роман лев мира слава злата лада майя ангелина богдан
  віра надія любов роман лев мирослава слава злата лада
`);
const placesAndBrands = words(`
  potter pippi langstrumpf blümchen blocksberg
  paris florence sydney jordan georgia chelsea austin dallas madison india asia kenya israel syria afghanistan
  eritrea ghana nigeria senegal somalia turkey ukraine russia poland germany berlin hamburg london vienna wien
  aldi lidl netto penny edeka rewe kaufland rossmann mercedes porsche tesla nivea ikea vodafone telekom
`);

// ── transliteration of Russian/Ukrainian names to Latin, German and English style ──
const cyrillicToLatin: [Record<string, string>, Record<string, string>] = [
  { а: 'a', б: 'b', в: 'w', г: 'g', д: 'd', е: 'e', ё: 'jo', ж: 'sh', з: 's', и: 'i', й: 'j', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'ju', я: 'ja', є: 'je', і: 'i', ї: 'ji', ґ: 'g' },
  { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', є: 'ye', і: 'i', ї: 'yi', ґ: 'g' },
];
function transliterate(name: string): string[] {
  const lower = name.toLowerCase();
  return cyrillicToLatin.map((table) => [...lower].map((ch) => table[ch] ?? ch).join(''));
}

// ── collect ──
const first = new Set<string>();
const surnames = new Set<string>();
function add(target: Set<string>, raw: string, withTransliteration: boolean) {
  for (const part of raw.split(/\s+/)) {
    const cleaned = part.replace(/[.,]$/, '').trim();
    if (cleaned.length < 2) continue;
    const folded = foldName(cleaned);
    if (folded.length < 2 || /\d/.test(folded)) continue;
    target.add(folded);
    if (withTransliteration && scriptOf(cleaned) === 'cyrillic') for (const latin of transliterate(cleaned)) target.add(foldName(latin));
  }
}
for (const locale of firstLocales) {
  const person = personOf(locale);
  for (const name of [...flatten(person.first_name), ...(locale === 'ru' || locale === 'uk' ? [] : flatten(person.middle_name))]) add(first, name, locale === 'ru' || locale === 'uk');
}
for (const locale of surnameLocales) for (const name of flatten(personOf(locale).last_name)) add(surnames, name, locale === 'ru' || locale === 'uk');
for (const name of handFirst) add(first, name, true);
for (const name of handSurnames) add(surnames, name, true);

// ── which names are also ordinary words ──
function readWords(file: string): string[] {
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: apt-get install wngerman wamerican`);
  return fs.readFileSync(file, 'utf8').split('\n').filter((w) => w && !w.includes("'"));
}
const german = readWords('/usr/share/dict/ngerman');
const english = readWords('/usr/share/dict/american-english');
const germanSet = new Set(german);
const common = new Set<string>([...handCommonWords, ...placesAndBrands].map(foldName));
for (const word of german) {
  const isLower = word[0] === word[0]?.toLowerCase();
  // A capitalised entry is a common noun when the list also has an inflected form (Rose/Rosen, Wolf/Wölfe/Wolfes,
  // Engel/Engeln); proper names there take only a genitive -s (Peter/Peters).
  const inflected = ['n', 'en', 'e', 'er', 'ern', 'es', 'nen'].some((ending) => germanSet.has(word + ending));
  if (isLower || inflected) common.add(foldName(word));
}
// English words count only in English text: in a German sentence "Tom", "Mats" or "Grace" is a name.
const commonEnglish = new Set<string>();
for (const word of english) if (word[0] === word[0]?.toLowerCase() && !common.has(foldName(word))) commonEnglish.add(foldName(word));

const isName = (w: string) => first.has(w) || surnames.has(w);
const commonNames = [...common].filter((w) => isName(w) || w.length <= 2).sort();
for (const w of [...first, ...surnames]) if (w.length <= 2) commonNames.push(w);
const englishNames = [...commonEnglish].filter((w) => isName(w) && !commonNames.includes(w)).sort();

const sorted = (s: Set<string>) => [...s].filter((w) => scriptOf(w) !== 'other').sort();
const body = [
  '// Generated by scripts/generate-privacy-names.ts from @faker-js/faker locale data (MIT) and hand-written lists;',
  '// see that script for provenance and licences. Do not edit by hand. Entries are folded (normalize.ts) and joined by "|".',
  `export const firstNameData = '${sorted(first).join('|')}';`,
  `export const surnameData = '${sorted(surnames).join('|')}';`,
  `export const commonWordNameData = '${[...new Set(commonNames)].sort().join('|')}';`,
  `export const englishWordNameData = '${englishNames.join('|')}';`,
  '',
].join('\n');
fs.writeFileSync('common/privacy/data/names.data.ts', body);
console.log(JSON.stringify({ firstNames: first.size, surnames: surnames.size, commonWordNames: new Set(commonNames).size, englishWordNames: englishNames.length, kB: Math.round(Buffer.byteLength(body) / 1024) }));
